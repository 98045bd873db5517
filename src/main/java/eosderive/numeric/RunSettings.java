package eosderive.numeric;

import java.math.BigInteger;
import java.util.Objects;

import org.apfloat.Apint;
import org.apfloat.Aprational;

/**
 * Settings of one run: working precision, tolerance on the remaining change of the sharpness,
 * and the step cap.
 *
 * @param digits significant decimal digits of every operation, in [16, 10000]
 * @param tolerance the run is CONVERGED once the tail bound on |T_inf - T| is at most this; at
 *     least 10^(2 - digits), the smallest change of T near 2 that the precision resolves with a
 *     digit to spare
 * @param maxSteps the step cap, in [1, 10^9]
 */
public record RunSettings(int digits, Aprational tolerance, long maxSteps) {

  /**
   * Largest accepted step cap. At the 150,000 steps per second that {@link IterationBenchmark}
   * measured at 30 digits, it is about two hours of iteration (an estimate).
   */
  public static final long MAX_STEP_CAP = 1_000_000_000L;

  /**
   * Default step cap. A run with eps = 1/1000 needs about 185,000 steps at tolerance 1e-40 and
   * the count grows like 1/eps, so this cap suffices down to about eps = 10^-4.
   */
  public static final long DEFAULT_MAX_STEPS = 2_000_000L;

  /** Digits kept in reserve by {@link #withDefaults}: tolerance = 10^(10 - digits). */
  public static final int DEFAULT_GUARD_DIGITS = 10;

  /**
   * Validates the settings.
   *
   * @throws IllegalArgumentException if a value is outside its documented range
   */
  public RunSettings {
    Precision.ofDigits(digits);
    Objects.requireNonNull(tolerance, "tolerance");
    if (tolerance.signum() <= 0) {
      throw new IllegalArgumentException("tolerance " + Display.brief(tolerance)
          + " is not positive; pass a tolerance such as 1e-30");
    }
    Aprational smallest = new Aprational(new Apint(1), pow10(digits - 2));
    if (tolerance.compareTo(smallest) < 0) {
      throw new IllegalArgumentException("tolerance " + Display.brief(tolerance) + " is below 1e-"
          + (digits - 2) + ", the smallest that " + digits + " digits resolve; pass a "
          + "tolerance of at least 1e-" + (digits - 2) + " or raise the precision");
    }
    if (maxSteps < 1 || maxSteps > MAX_STEP_CAP) {
      throw new IllegalArgumentException("step cap " + maxSteps + " is outside [1, "
          + MAX_STEP_CAP + "]; pass a step cap in that range");
    }
  }

  /**
   * Parses the tolerance from an exact decimal or rational string such as "1e-30".
   *
   * @throws IllegalArgumentException if a value is outside its documented range
   */
  public static RunSettings of(int digits, String tolerance, long maxSteps) {
    return new RunSettings(digits, ExactInput.parse(tolerance, "tolerance"), maxSteps);
  }

  /** Settings with tolerance 10^(10 - digits) and step cap {@link #DEFAULT_MAX_STEPS}. */
  public static RunSettings withDefaults(int digits) {
    Precision.ofDigits(digits);
    Aprational tolerance = new Aprational(new Apint(1), pow10(digits - DEFAULT_GUARD_DIGITS));
    return new RunSettings(digits, tolerance, DEFAULT_MAX_STEPS);
  }

  /** Returns the working precision of these settings. */
  public Precision precision() {
    return Precision.ofDigits(digits);
  }

  private static Apint pow10(int exponent) {
    return new Apint(BigInteger.TEN.pow(exponent));
  }
}
