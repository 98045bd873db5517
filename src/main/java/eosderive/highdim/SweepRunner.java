package eosderive.highdim;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs every (cell, seed) of a sweep on a fixed-size thread pool, resuming from and checkpointing
 * to a {@link ResultFile}. Each run is {@link PhaseCell#run}, a pure function, so the returned
 * list (in plan order) is the same for any thread count and any interruption history.
 */
public final class SweepRunner {

  private static final long CHECKPOINT_NANOS = 5_000_000_000L;
  private static final long PROGRESS_NANOS = 2_000_000_000L;

  private SweepRunner() {}

  /** Returns the grid points in plan order: by shape, then r, then s₀. */
  public static List<PhaseCell> cells(SweepOptions options) {
    List<PhaseCell> cells = new ArrayList<>();
    for (Shape shape : options.shapes()) {
      for (double ratio : options.ratioGrid()) {
        for (double sharpness : options.sharpnessGrid()) {
          cells.add(PhaseCell.of(shape, sharpness, ratio));
        }
      }
    }
    return cells;
  }

  /**
   * Runs one timed pilot per shape at the grid centre (seed 0), prints a cost estimate to
   * {@code log}, then runs everything not yet in {@code resultFile}. Returns all runs in plan
   * order.
   *
   * @throws IllegalStateException if a run fails or the thread is interrupted; rows finished by
   *     then are in the result file
   */
  public static List<SeedResult> run(SweepOptions options, Path resultFile, PrintStream log) {
    RunSettings settings = options.runSettings();
    Map<String, SeedResult> done = options.resume()
        ? new HashMap<>(ResultFile.read(resultFile, settings))
        : new HashMap<>();
    Map<String, Task> planned = new LinkedHashMap<>();
    for (PhaseCell cell : cells(options)) {
      for (long seed = 0; seed < options.seeds(); seed++) {
        planned.put(ResultFile.key(cell, seed), new Task(cell, seed));
      }
    }
    int reused = (int) planned.keySet().stream().filter(done::containsKey).count();
    log.printf(Locale.ROOT, "[highdim] %d runs planned, %d reused from %s%n", planned.size(),
        reused, resultFile);

    CostEstimate.print(options, planned, done, settings, log);
    writeCheckpoint(resultFile, planned, done, settings);

    List<Task> pending = new ArrayList<>();
    for (Map.Entry<String, Task> entry : planned.entrySet()) {
      if (!done.containsKey(entry.getKey())) {
        pending.add(entry.getValue());
      }
    }
    execute(pending, options.threads(), resultFile, planned, done, settings, log);

    List<SeedResult> ordered = new ArrayList<>();
    for (String key : planned.keySet()) {
      ordered.add(done.get(key));
    }
    return ordered;
  }

  private static void execute(List<Task> pending, int threads, Path resultFile,
      Map<String, Task> planned, Map<String, SeedResult> done, RunSettings settings,
      PrintStream log) {
    if (pending.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CompletionService<SeedResult> completions = new ExecutorCompletionService<>(pool);
    for (Task task : pending) {
      completions.submit(() -> task.cell().run(task.seed(), settings));
    }
    long start = System.nanoTime();
    long lastCheckpoint = start;
    long lastProgress = start;
    try {
      for (int finished = 1; finished <= pending.size(); finished++) {
        SeedResult result = completions.take().get();
        done.put(ResultFile.key(result.cell(), result.seed()), result);
        long now = System.nanoTime();
        if (now - lastCheckpoint > CHECKPOINT_NANOS) {
          writeCheckpoint(resultFile, planned, done, settings);
          lastCheckpoint = now;
        }
        if (now - lastProgress > PROGRESS_NANOS || finished == pending.size()) {
          double elapsed = (now - start) / 1e9;
          double remaining = elapsed / finished * (pending.size() - finished);
          log.printf(Locale.ROOT, "[highdim] %d/%d runs, %.0f s elapsed, about %.0f s left%n",
              finished, pending.size(), elapsed, remaining);
          lastProgress = now;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("sweep interrupted; finished runs are in " + resultFile
          + " and a rerun with resume = true continues from them", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a sweep run failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
      writeCheckpoint(resultFile, planned, done, settings);
    }
  }

  /** Writes the finished rows in plan order, so the file never depends on scheduling. */
  private static void writeCheckpoint(Path resultFile, Map<String, Task> planned,
      Map<String, SeedResult> done, RunSettings settings) {
    List<SeedResult> rows = new ArrayList<>();
    for (String key : planned.keySet()) {
      SeedResult row = done.get(key);
      if (row != null) {
        rows.add(row);
      }
    }
    ResultFile.write(resultFile, rows, settings);
  }

  /** One planned run. */
  record Task(PhaseCell cell, long seed) {}
}
