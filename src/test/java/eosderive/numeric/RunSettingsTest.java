package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;

import org.apfloat.Apint;
import org.apfloat.Aprational;
import org.junit.jupiter.api.Test;

class RunSettingsTest {

  @Test
  void defaultsLeaveTenGuardDigits() {
    RunSettings settings = RunSettings.withDefaults(50);

    assertThat(settings.tolerance()).isEqualTo(new Aprational(new Apint(1),
        new Apint(BigInteger.TEN.pow(40))));
    assertThat(settings.maxSteps()).isEqualTo(RunSettings.DEFAULT_MAX_STEPS);
  }

  @Test
  void toleranceBelowResolutionIsRejected() {
    assertThatThrownBy(() -> RunSettings.of(30, "1e-29", 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance 1e-29 is below 1e-28, the smallest"
            + " that 30 digits resolve; pass a tolerance of at least 1e-28 or raise the"
            + " precision");
  }

  @Test
  void smallestResolvableToleranceIsAccepted() {
    assertThat(RunSettings.of(30, "1e-28", 1000).digits()).isEqualTo(30);
  }

  @Test
  void nonPositiveToleranceIsRejected() {
    assertThatThrownBy(() -> RunSettings.of(30, "-1e-5", 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance -1e-5 is not positive; pass a tolerance such as 1e-30");
  }

  @Test
  void stepCapOutsideRangeIsRejected() {
    assertThatThrownBy(() -> RunSettings.of(30, "1e-20", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step cap 0 is outside [1, 1000000000]; pass a step cap in that range");
  }

  @Test
  void lowPrecisionIsRejected() {
    assertThatThrownBy(() -> RunSettings.of(12, "1e-5", 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("precision 12 is below the minimum of 16 digits; pass --digits 16 or more");
  }
}
