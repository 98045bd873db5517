package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The fiber-series limit against plain iteration to a proved tail bound.
 *
 * <p>Both run at 60 digits. Plain iteration stops with tail bound at most 1e-50; the series
 * result must agree with it to 1e-48, which leaves two digits for the rounding of about
 * 2 * 10^5 fixed-point steps (each below 10^-60 in absolute terms).
 */
class AcceleratedLimitTest {

  private static final RunSettings PLAIN = RunSettings.of(60, "1e-50", 1_000_000);

  @ParameterizedTest
  @CsvSource({"1/100", "1/1000"})
  void seriesAgreesWithPlainIteration(String epsilon) {
    Start start = Start.parse("-0.1", "1.99", epsilon, "0");
    LimitResult fast = AcceleratedLimit.compute(start, LimitSettings.of(PLAIN), s -> { });
    RunResult plain = HybridRunner.run(start, PLAIN).run();

    assertThat(plain.converged()).isTrue();
    assertThat(fast.converged()).isTrue();
    assertThat(fast.accelerated()).isTrue();
    assertThat(fast.steps()).isLessThan(plain.steps() / 10);
    assertThat(fast.y().subtract(plain.y()).doubleValue()).isBetween(-1e-48, 1e-48);
    assertThat(fast.errorEstimate().orElseThrow().doubleValue()).isLessThan(1e-50);
    assertThat(fast.consistency().orElseThrow().doubleValue()).isLessThan(1e-48);
  }

  @Test
  void seriesSatisfiesTheInvarianceEquation() {
    // On the graph T = S + psi(z) one exact step must land on the graph again, up to the
    // truncation O(z^(N+1)): here z = 1e-3, N = 20, eps = 1/100, so the defect is ~1e-50.
    Precision precision = Precision.ofDigits(60);
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat epsilon = precision.parse("1/100", "eps");
    Apfloat s = precision.parse("1.99", "S");
    FiberSeries series = FiberSeries.compute(precision, s, epsilon, precision.of(0), 20);
    Apfloat z = precision.parse("1e-3", "z");
    Apfloat sharpness = h.add(s, series.evaluate(z));
    Apfloat v = h.divide(h.multiply(epsilon, h.subtract(sharpness, h.add(z, z))),
        h.add(precision.of(1), epsilon));
    ModelState next = new OneStepMap(precision, epsilon)
        .next(new ModelState(h.subtract(sharpness, v), v, z));
    Apfloat defect = h.subtract(next.sharpness(h), h.add(s, series.evaluate(next.z())));

    assertThat(series.coefficient(1).subtract(precision.parse("2", "two")
        .multiply(h.subtract(precision.of(1), epsilon))).doubleValue()).isBetween(-1e-50, 1e-50);
    assertThat(defect.doubleValue()).isBetween(-1e-45, 1e-45);
  }

  @Test
  void looseToleranceFallsBackToPlainIteration() {
    // The tail bound (about 4|z|) meets 1/2 before |z| falls to sqrt(1/10) / 4 = 0.079.
    Start start = Start.parse("-0.1", "1.5", "1/10", "0");
    LimitResult result = AcceleratedLimit.compute(start,
        LimitSettings.of(RunSettings.of(30, "1/2", 10_000)), s -> { });

    assertThat(result.converged()).isTrue();
    assertThat(result.accelerated()).isFalse();
    assertThat(result.detail()).startsWith("plain iteration");
  }

  @Test
  void limitNearOneStillConverges() {
    // S close to 1 makes m0 = 1 - S close to 0, where the series recurrence divides by m0; the
    // run must still end CONVERGED (by the series or by plain iteration), never by an exception.
    Start start = Start.parse("1/100", "101/100", "1/2", "0");
    LimitResult result = AcceleratedLimit.compute(start,
        LimitSettings.of(RunSettings.of(40, "1e-30", 100_000)), s -> { });

    assertThat(result.converged()).as(result.detail()).isTrue();
    RunResult plain = GdRunner.run(start, RunSettings.of(40, "1e-32", 100_000));
    assertThat(result.y().subtract(plain.y()).doubleValue()).isBetween(-1e-29, 1e-29);
  }

  @Test
  void limitAboveEdgeIsRejected() {
    Precision precision = Precision.ofDigits(30);
    assertThatThrownBy(() -> FiberSeries.compute(precision, precision.parse("2.1", "S"),
        precision.parse("0.1", "eps"), precision.of(0), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside (0, 2)");
  }

  @Test
  void badSwitchFractionIsRejected() {
    assertThatThrownBy(() -> new LimitSettings(PLAIN, 48, ExactInput.parse("3/2", "c")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("switch fraction 3/2 is outside (0, 1]; pass a fraction such as 1/4");
  }
}
