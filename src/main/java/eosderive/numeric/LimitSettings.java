package eosderive.numeric;

import java.util.Objects;

import org.apfloat.Aprational;

/**
 * Settings of {@link AcceleratedLimit}.
 *
 * @param run digits, tolerance and step cap. The digits set the precision of the fixed-point
 *     iteration and of the series (which carries {@link AcceleratedLimit#SERIES_GUARD_DIGITS}
 *     more); the tolerance is the accuracy required of T_inf, met either by the tail bound of
 *     plain iteration or by the series estimate
 * @param order order N of the fiber series, in [8, 400]
 * @param switchFraction c in the switch rule |z| &lt;= c sqrt(eps), in (0, 1]
 */
public record LimitSettings(RunSettings run, int order, Aprational switchFraction) {

  /** Default series order. */
  public static final int DEFAULT_ORDER = 48;

  /** Default switch fraction c = 1/4. */
  public static final String DEFAULT_SWITCH_FRACTION = "1/4";

  /**
   * Validates the settings.
   *
   * @throws IllegalArgumentException if the order or the switch fraction is out of range
   */
  public LimitSettings {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(switchFraction, "switchFraction");
    if (order < 8 || order > 400) {
      throw new IllegalArgumentException("series order " + order + " is outside [8, 400]; pass "
          + "an order such as " + DEFAULT_ORDER);
    }
    if (switchFraction.signum() <= 0 || switchFraction.compareTo(ExactInput.parse("1", "one"))
        > 0) {
      throw new IllegalArgumentException("switch fraction " + switchFraction + " is outside "
          + "(0, 1]; pass a fraction such as " + DEFAULT_SWITCH_FRACTION);
    }
  }

  /** Settings with the default order and switch fraction. */
  public static LimitSettings of(RunSettings run) {
    return new LimitSettings(run, DEFAULT_ORDER,
        ExactInput.parse(DEFAULT_SWITCH_FRACTION, "switch fraction"));
  }
}
