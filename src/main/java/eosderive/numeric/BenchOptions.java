package eosderive.numeric;

import java.util.List;
import java.util.Objects;

/**
 * Options of {@link Bench}.
 *
 * @param secondsPerMeasurement minimum timed duration of each step-rate measurement, in
 *     (0, 600]
 * @param warmUpSeconds untimed duration before each measurement, in [0, 600]
 * @param digits precisions of the fixed-point and Apfloat step rates, each in [16, 10000]
 * @param limitEpsilons eps values (exact strings) of the time-to-y_inf measurements; empty to
 *     skip them
 * @param limitDigits working precision of the time-to-y_inf runs
 * @param limitTolerance tolerance on T_inf of those runs (1e-30 gives y_inf at eps = 1e-6, about
 *     5e-7, to more than 20 significant digits)
 */
public record BenchOptions(double secondsPerMeasurement, double warmUpSeconds, List<Integer> digits,
    List<String> limitEpsilons, int limitDigits, String limitTolerance) {

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException naming the invalid value, its range and the fix
   */
  public BenchOptions {
    if (!(secondsPerMeasurement > 0 && secondsPerMeasurement <= 600)) {
      throw new IllegalArgumentException("measurement time " + secondsPerMeasurement + " s is "
          + "outside (0, 600]; pass a time such as 2");
    }
    if (!(warmUpSeconds >= 0 && warmUpSeconds <= 600)) {
      throw new IllegalArgumentException("warm-up time " + warmUpSeconds + " s is outside "
          + "[0, 600]; pass a time such as 1");
    }
    Objects.requireNonNull(digits, "digits");
    for (int d : digits) {
      Precision.ofDigits(d);
    }
    for (String epsilon : limitEpsilons) {
      Start.parse("0", "1", epsilon, "0");
    }
    RunSettings.of(limitDigits, limitTolerance, 1);
    digits = List.copyOf(digits);
    limitEpsilons = List.copyOf(limitEpsilons);
  }

  /** Step rates at 30, 60, 200 and 1000 digits; y_inf at eps = 1e-2, 1e-4, 1e-6. */
  public static BenchOptions defaults() {
    return new BenchOptions(2.0, 1.0, List.of(30, 60, 200, 1000),
        List.of("1e-2", "1e-4", "1e-6"), 40, "1e-30");
  }
}
