package eosderive.highdim;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of the high-dimensional phase-diagram sweep: runs {@link SweepRunner}, then writes
 * into the output folder
 *
 * <ul>
 *   <li>{@code runs.csv}: one row per (cell, seed), the resumable checkpoint;
 *   <li>{@code cells.csv}: per-cell median, quartiles and edge-of-stability fraction;
 *   <li>{@code phase_D{D}_P{P}.dat}: the same per shape, for pgfplots;
 *   <li>{@code phase-diagram.png}: heat maps of the median final ηλ_max and the edge fraction.
 * </ul>
 *
 * Progress and the cost estimate go to standard error, the list of written files to standard
 * output.
 */
public final class HighDimCommand {

  /** Output folder used by {@link #main}, relative to the working directory. */
  public static final Path DEFAULT_OUTPUT = Path.of("verification", "highdim");

  private final PrintStream out;
  private final PrintStream log;

  public HighDimCommand() {
    this(System.out, System.err);
  }

  public HighDimCommand(PrintStream out, PrintStream log) {
    this.out = out;
    this.log = log;
  }

  /** Runs the sweep and writes its files; returns 0 on success and 1 on failure. */
  public int run(Path outDir, SweepOptions options) {
    try {
      List<SeedResult> runs = SweepRunner.run(options, outDir.resolve("runs.csv"), log);
      List<CellSummary> cells = SummaryFiles.summarise(runs);
      for (Path written : SummaryFiles.write(outDir, cells, options.shapes())) {
        out.println(written);
      }
      Path figure = outDir.resolve("phase-diagram.png");
      PhaseDiagramFigure.write(figure, cells, options.shapes());
      out.println(figure);
      out.println(outDir.resolve("runs.csv"));
      for (CellSummary cell : cells) {
        log.printf(Locale.ROOT, "[highdim] D=%d P=%d s0=%.3g r=%.3g: median %.4f, edge %.2f, "
            + "diverged %d/%d%n", cell.cell().shape().outputs(), cell.cell().shape().params(),
            cell.cell().sharpness(), cell.cell().ratio(), cell.median(), cell.edgeFraction(),
            cell.diverged(), cell.seeds());
      }
      return 0;
    } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
      log.println("[highdim] sweep failed: " + e.getMessage());
      return 1;
    }
  }

  /** Runs {@link SweepOptions#defaults()} into {@link #DEFAULT_OUTPUT}; takes no arguments. */
  public static void main(String[] args) {
    System.exit(new HighDimCommand().run(DEFAULT_OUTPUT, SweepOptions.defaults()));
  }
}
