package eosderive.highdim;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Timed pilot runs and the cost estimate printed before a sweep. The pilot of each shape is the
 * grid-centre cell with seed 0; its result is kept as a sweep result, since runs are pure.
 */
final class CostEstimate {

  private CostEstimate() {}

  /** Runs missing pilots into {@code done}, then prints the estimate for the remaining runs. */
  static void print(SweepOptions options, Map<String, SweepRunner.Task> planned,
      Map<String, SeedResult> done, RunSettings settings, PrintStream log) {
    List<Double> sharpness = options.sharpnessGrid();
    List<Double> ratio = options.ratioGrid();
    double estimate = 0.0;
    double bound = 0.0;
    for (Shape shape : options.shapes()) {
      PhaseCell centre = PhaseCell.of(shape, sharpness.get(sharpness.size() / 2),
          ratio.get(ratio.size() / 2));
      String pilotKey = ResultFile.key(centre, 0);
      long remaining = planned.entrySet().stream()
          .filter(e -> e.getValue().cell().shape().equals(shape))
          .filter(e -> !done.containsKey(e.getKey())).count();
      if (remaining == 0) {
        continue;
      }
      long start = System.nanoTime();
      SeedResult pilot = centre.run(0, settings);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (planned.containsKey(pilotKey)) {
        done.put(pilotKey, pilot);
        remaining--;
      }
      int steps = Math.max(1, pilot.result().steps());
      double perRun = seconds;
      double perStep = seconds / steps;
      estimate += perRun * remaining / options.threads();
      bound += perStep * settings.maxSteps() * remaining / options.threads();
      log.printf(Locale.ROOT, "[highdim] pilot D=%d P=%d: %d steps in %.2f s (%s)%n",
          shape.outputs(), shape.params(), pilot.result().steps(), seconds,
          pilot.result().status());
    }
    log.printf(Locale.ROOT, "[highdim] cost estimate: about %.0f s on %d threads if runs cost "
        + "what the pilots did; at most about %.0f s if every run uses all %d steps%n",
        estimate, options.threads(), bound, settings.maxSteps());
  }
}
