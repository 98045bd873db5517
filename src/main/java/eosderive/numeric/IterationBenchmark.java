package eosderive.numeric;

import java.util.Locale;

import org.apfloat.Apfloat;

/**
 * Measures one-step iterations per second of {@link OneStepMap} at 30, 60 and 200 digits, and of
 * complete {@link GdRunner} runs (stop checks included).
 *
 * <p>Each measurement repeats 1,000-step segments from the start (z0, T0, eps, Et) = (-3/10,
 * 19/10, 1/10, 0), which span the edge-of-stability phase and the start of convergence, after a
 * warm-up of one second per precision. It prints one line per precision. Run it from the
 * repository root with
 *
 * <pre>
 *   mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:$(cat target/cp.txt) eosderive.numeric.IterationBenchmark
 * </pre>
 *
 * <p>Results depend on the machine and on other load; it is not a test.
 */
public final class IterationBenchmark {

  private static final int SEGMENT_STEPS = 1_000;
  private static final int[] DIGITS = {30, 60, 200};
  private static final double SECONDS_PER_MEASUREMENT = 3.0;
  private static final double WARM_UP_SECONDS = 1.0;

  private IterationBenchmark() {}

  /** Prints steps per second for each precision; takes no arguments. */
  public static void main(String[] args) {
    Start start = Start.parse("-0.3", "1.9", "1/10", "0");
    for (int digits : DIGITS) {
      measureMap(start, digits, WARM_UP_SECONDS, false);
      measureRunner(start, digits, WARM_UP_SECONDS, false);
    }
    for (int digits : DIGITS) {
      measureMap(start, digits, SECONDS_PER_MEASUREMENT, true);
    }
    for (int digits : DIGITS) {
      measureRunner(start, digits, SECONDS_PER_MEASUREMENT, true);
    }
  }

  private static void measureRunner(Start start, int digits, double minSeconds, boolean print) {
    RunSettings settings = RunSettings.withDefaults(digits);
    long steps = 0;
    int runs = 0;
    RunResult run;
    long begin = System.nanoTime();
    double seconds;
    do {
      run = GdRunner.run(start, settings);
      steps += run.steps();
      runs++;
      seconds = (System.nanoTime() - begin) / 1e9;
    } while (seconds < minSeconds);
    if (print) {
      System.out.printf(Locale.ROOT, "GdRunner.run at %3d digits, tolerance 1e-%d: %d runs of %d"
          + " steps (%s) in %.3f s = %.0f steps/s%n", digits,
          digits - RunSettings.DEFAULT_GUARD_DIGITS, runs, run.steps(), run.stopReason(), seconds,
          steps / seconds);
    }
  }

  private static void measureMap(Start start, int digits, double minSeconds, boolean print) {
    Precision precision = Precision.ofDigits(digits);
    OneStepMap map = new OneStepMap(precision, precision.of(start.epsilon()));
    ModelState initial = new ModelState(
        precision.of(start.u0()), precision.of(start.v0()), precision.of(start.z0()));
    long steps = 0;
    long begin = System.nanoTime();
    double seconds;
    Apfloat checksum;
    do {
      checksum = runSegments(map, initial, 1);
      steps += SEGMENT_STEPS;
      seconds = (System.nanoTime() - begin) / 1e9;
    } while (seconds < minSeconds);
    if (!print) {
      return;
    }
    System.out.printf(Locale.ROOT, "OneStepMap at %3d digits: %d steps in %.3f s = %.0f steps/s"
        + " (z after %d steps: %s)%n", digits, steps, seconds, steps / seconds, SEGMENT_STEPS,
        Display.brief(checksum));
  }

  private static Apfloat runSegments(OneStepMap map, ModelState initial, int segments) {
    ModelState state = initial;
    for (int segment = 0; segment < segments; segment++) {
      state = initial;
      for (int step = 0; step < SEGMENT_STEPS; step++) {
        state = map.next(state);
      }
    }
    return state.z();
  }
}
