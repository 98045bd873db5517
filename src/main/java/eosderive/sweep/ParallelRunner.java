package eosderive.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps a function over a list on a fixed thread pool and returns the results in input order,
 * so the output never depends on scheduling as long as the function is deterministic.
 */
final class ParallelRunner {

  private ParallelRunner() {}

  static <T, R> List<R> map(List<T> inputs, int threads, Function<T, R> task) {
    if (threads < 1) {
      throw new IllegalArgumentException("thread count " + threads + " is below 1; pass 1 or "
          + "more (the number of cores is a good choice)");
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T input : inputs) {
        futures.add(pool.submit(() -> task.apply(input)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("sweep interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("sweep task failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
