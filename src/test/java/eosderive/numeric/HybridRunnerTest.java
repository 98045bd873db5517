package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;

/**
 * Stop reasons and the escalation rule of {@link HybridRunner}, checked against the Apfloat
 * reference {@link GdRunner}.
 *
 * <p>Tolerances: a DOUBLE-path y must lie within its own reported tail bound (tail plus rounding)
 * of the 40-digit Apfloat y, whose own tail bound is at most 1e-30. Precise paths at 40 digits
 * must agree with Apfloat to 1e-35: both stop at the same step, and 10^7 steps of rounding at
 * 10^-40 per operation stay far below that.
 */
class HybridRunnerTest {

  private static final RunSettings LOOSE = RunSettings.of(40, "1e-8", 100_000);
  private static final RunSettings TIGHT = RunSettings.of(40, "1e-30", 100_000);

  @Test
  void fastConvergenceStaysOnDoublePath() {
    Start start = Start.parse("-0.1", "1.5", "1/10", "0");
    HybridResult fast = HybridRunner.run(start, LOOSE);
    RunResult reference = GdRunner.run(start, TIGHT);

    assertThat(fast.path()).isEqualTo(IterationPath.DOUBLE);
    assertThat(fast.escalated()).isFalse();
    assertThat(fast.stopReason()).isEqualTo(StopReason.CONVERGED);
    Apfloat bound = fast.run().tailBound().orElseThrow();
    assertThat(bound.doubleValue()).isLessThanOrEqualTo(1e-8);
    assertThat(fast.roundingBound().orElseThrow()).isLessThan(5e-9);
    Apfloat difference = fast.run().y().subtract(reference.y());
    assertThat(difference.doubleValue()).isBetween(-bound.doubleValue(), bound.doubleValue());
  }

  @Test
  void toleranceBelowDoubleResolutionEscalatesAtStepZero() {
    Start start = Start.parse("-0.1", "1.5", "1/10", "0");
    HybridResult run = HybridRunner.run(start, TIGHT);

    assertThat(run.escalated()).isTrue();
    assertThat(run.doubleSteps()).isZero();
    assertThat(run.escalation().orElseThrow()).contains("at step 0").contains("half the "
        + "tolerance");
    assertThat(run.path()).isEqualTo(IterationPath.FIXED_POINT);
    assertThat(run.run().steps()).isEqualTo(GdRunner.run(start, TIGHT).steps());
  }

  @Test
  void edgeOfStabilityPhaseEscalatesMidRun() {
    // The componentwise bound grows like exp(c Sum |z|) while z alternates near the edge.
    Start start = Start.parse("-0.3", "1.9", "1/10", "0");
    HybridResult run = HybridRunner.run(start, LOOSE);
    RunResult reference = GdRunner.run(start, LOOSE);

    assertThat(run.escalated()).isTrue();
    assertThat(run.doubleSteps()).isPositive().isLessThan(reference.steps());
    assertThat(run.stopReason()).isEqualTo(StopReason.CONVERGED);
    assertThat(run.run().steps()).isEqualTo(reference.steps());
    assertThat(run.run().y().subtract(reference.y()).doubleValue()).isBetween(-1e-35, 1e-35);
  }

  @Test
  void divergenceIsCertainOnDoublePath() {
    HybridResult run = HybridRunner.run(Start.parse("-2", "3", "1/10", "0"), LOOSE);

    assertThat(run.path()).isEqualTo(IterationPath.DOUBLE);
    assertThat(run.stopReason()).isEqualTo(StopReason.DIVERGED);
    assertThat(run.run().steps()).isEqualTo(2);
    assertThat(run.run().tailBound()).isEmpty();
  }

  @Test
  void zeroResidualConvergesAtOnce() {
    HybridResult run = HybridRunner.run(Start.parse("0", "3", "1/10", "0"), LOOSE);

    assertThat(run.path()).isEqualTo(IterationPath.DOUBLE);
    assertThat(run.stopReason()).isEqualTo(StopReason.CONVERGED);
    assertThat(run.run().steps()).isZero();
  }

  @Test
  void stepCapStopsDoublePath() {
    RunSettings capped = RunSettings.of(40, "1e-8", 5);
    HybridResult run = HybridRunner.run(Start.parse("-0.1", "1.5", "1/10", "0"), capped);

    assertThat(run.path()).isEqualTo(IterationPath.DOUBLE);
    assertThat(run.stopReason()).isEqualTo(StopReason.STEP_CAP);
    assertThat(run.run().steps()).isEqualTo(5);
  }

  @Test
  void outsidePhysicalRegionIsNotIterated() {
    HybridResult run = HybridRunner.run(Start.parse("-1", "1", "1", "0"), LOOSE);

    assertThat(run.path()).isEqualTo(IterationPath.NONE);
    assertThat(run.stopReason()).isEqualTo(StopReason.OUTSIDE_PHYSICAL_REGION);
    assertThat(run.run().steps()).isZero();
  }

  @Test
  void fixedPointPathMatchesApfloatPath() {
    Start start = Start.parse("-0.05", "1.99", "1/50", "0");
    HybridResult fixed = HybridRunner.run(start, TIGHT,
        EngineOptions.preciseOnly(IterationPath.FIXED_POINT));
    HybridResult apfloat = HybridRunner.run(start, TIGHT,
        EngineOptions.preciseOnly(IterationPath.APFLOAT));

    assertThat(fixed.path()).isEqualTo(IterationPath.FIXED_POINT);
    assertThat(apfloat.path()).isEqualTo(IterationPath.APFLOAT);
    assertThat(fixed.run().steps()).isEqualTo(apfloat.run().steps());
    assertThat(fixed.run().finalAlternations()).isEqualTo(apfloat.run().finalAlternations());
    assertThat(fixed.run().y().subtract(apfloat.run().y()).doubleValue())
        .isBetween(-1e-35, 1e-35);
  }

  @Test
  void fixedPointStepCapAndDivergence() {
    EngineOptions fixed = EngineOptions.preciseOnly(IterationPath.FIXED_POINT);
    HybridResult capped = HybridRunner.run(Start.parse("-0.3", "1.9", "1/10", "0"),
        RunSettings.of(40, "1e-30", 100), fixed);
    HybridResult diverged = HybridRunner.run(Start.parse("-2", "3", "1/10", "0"), TIGHT, fixed);

    assertThat(capped.stopReason()).isEqualTo(StopReason.STEP_CAP);
    assertThat(capped.run().steps()).isEqualTo(100);
    assertThat(diverged.stopReason()).isEqualTo(StopReason.DIVERGED);
    assertThat(diverged.run().steps()).isEqualTo(2);
  }

  @Test
  void doubleIsNotAPrecisePath() {
    assertThatThrownBy(() -> new EngineOptions(true, IterationPath.DOUBLE, s -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("precise path DOUBLE is not a precise arithmetic; pass FIXED_POINT or "
            + "APFLOAT");
  }
}
