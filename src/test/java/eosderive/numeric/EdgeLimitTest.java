package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.junit.jupiter.api.Test;

/**
 * Checks y_inf = T_inf - 2 for eps = 1/10 and Et = 0 against the leading-order value -eps/2 of
 * Theorem 3.1 of Agarwala, Pedregosa and Pennington (ICML 2023).
 */
class EdgeLimitTest {

  private static final Start START = Start.parse("-0.3", "1.9", "1/10", "0");

  @Test
  void yInfinityNearMinusHalfEps() {
    RunSettings settings = RunSettings.of(50, "1e-40", 100_000);
    Precision precision = settings.precision();
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat eps = precision.of(START.epsilon());
    RunResult run = GdRunner.run(START, settings);

    assertThat(run.stopReason()).isEqualTo(StopReason.CONVERGED);
    Apfloat offset = h.add(run.y(), h.divide(eps, precision.of(2)));
    // |y_inf + eps/2| < eps^2, with the run's own error (tail bound 1e-40) far below the margin.
    assertThat(h.abs(offset)).isLessThan(h.multiply(eps, eps));
    assertThat(run.y().signum()).isNegative();
  }

  @Test
  void residualMatchesMeasuredValue() {
    RunSettings settings = RunSettings.of(50, "1e-40", 100_000);
    Precision precision = settings.precision();
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat eps = precision.of(START.epsilon());
    RunResult run = GdRunner.run(START, settings);
    Apfloat residual = h.divide(h.add(run.y(), h.divide(eps, precision.of(2))), h.multiply(eps,
        eps));

    // Measured by this engine at 50 digits with tolerance 1e-40. The run's own error in the
    // residual is below 1e-37 (tail bound / eps^2 plus rounding), so the pin to 1e-20 moves
    // only if the map or the stop rule changes.
    Apfloat measured = precision.parse("-0.98678437115241420908687325535391064748641", "pin");
    assertThat(h.abs(h.subtract(residual, measured)))
        .isLessThan(precision.parse("1e-20", "pin tolerance"));
  }

  @Test
  void higherPrecisionRunAgrees() {
    RunResult at50 = GdRunner.run(START, RunSettings.of(50, "1e-40", 100_000));
    RunResult at70 = GdRunner.run(START, RunSettings.of(70, "1e-60", 100_000));
    Precision precision = Precision.ofDigits(70);
    FixedPrecisionApfloatHelper h = precision.helper();

    // Both runs end within their tail bounds of the same T_inf. So the difference in y is at
    // most 1e-40 + 1e-60 plus the rounding of about 1,500 steps at 10^-49 each: below 1e-38.
    // Measured: 4.38e-41.
    Apfloat difference = h.abs(h.subtract(h.valueOf(at50.y()), at70.y()));
    assertThat(difference).isLessThan(precision.parse("1e-38", "tolerance"));
  }
}
