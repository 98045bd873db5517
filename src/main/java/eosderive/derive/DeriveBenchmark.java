package eosderive.derive;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import edu.jas.kern.ComputerThreads;

import eosderive.model.ModelDefinition;
import eosderive.symbolic.Symja;

/**
 * Wall times of the symbolic derivations in one process: Symja's start-up, the foundation at
 * series orders 8 and 16, and the y-dynamics results at their default orders. Each derivation
 * runs {@link #REPEATS} times and the fastest run is reported, so class loading and JIT warm-up
 * count only in the first figure. The order-20 limit series runs once.
 */
public final class DeriveBenchmark {

  static final int REPEATS = 3;

  private DeriveBenchmark() {}

  /** Measures and returns seconds per task, in a fixed order. */
  public static Map<String, Double> measure() {
    ComputerThreads.setNoThreads();
    Map<String, Double> seconds = new LinkedHashMap<>();
    long start = System.nanoTime();
    Symja symja = new Symja();
    seconds.put("Symja engine start-up (first in process)", (System.nanoTime() - start) / 1e9);
    ModelDefinition model = ModelDefinition.twoParameter();
    for (int order : new int[] {8, 16}) {
      seconds.put("foundation derivations, nullcline order " + order,
          fastest(() -> Foundation.derive(model, symja, order, message -> { })));
    }
    seconds.put("y-dynamics, y*, limit series (K = 10) and the other results, no checks",
        fastest(() -> YDynamicsDerivations.run(model, symja,
            new YDynamicsDerivations.Settings(YDynamics.DEFAULT_ORDER,
                LimitSharpness.DEFAULT_ORDER, LimitSharpnessChecks.DEFAULT_PRECISION, false))));
    TwoStepMap twoStep = TwoStepMap.derive(OneStepMap.derive(model, symja));
    seconds.put("limit series alone, K = 10", fastest(() -> LimitSharpness.derive(twoStep, 10)));
    // One run only: K = 20 takes about half a minute.
    long start20 = System.nanoTime();
    LimitSharpness.derive(twoStep, 20);
    seconds.put("limit series alone, K = 20 (one run)", (System.nanoTime() - start20) / 1e9);
    return seconds;
  }

  private static double fastest(Runnable task) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < REPEATS; i++) {
      long start = System.nanoTime();
      task.run();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    return best;
  }

  /** Formats the measurements as a markdown section. */
  public static String markdown(Map<String, Double> seconds) {
    StringBuilder md = new StringBuilder("\n## Symbolic derivations\n\n");
    md.append("Fastest of ").append(REPEATS).append(" runs in one process (Symja start-up: ")
        .append("first run only).\n\n| task | seconds |\n| --- | ---: |\n");
    seconds.forEach((task, s) ->
        md.append("| ").append(task).append(" | ").append(String.format(Locale.ROOT, "%.2f", s))
            .append(" |\n"));
    return md.toString();
  }
}
