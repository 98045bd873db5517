package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;

/** One hand-picked start per stop reason. */
class GdRunnerStopTest {

  private static final RunSettings SETTINGS = RunSettings.of(30, "1e-20", 100_000);

  @Test
  void edgeStartConverges() {
    RunResult run = GdRunner.run(Start.parse("-0.3", "1.9", "1/10", "0"), SETTINGS);

    assertThat(run.stopReason()).isEqualTo(StopReason.CONVERGED);
    assertThat(run.tailBound()).isPresent();
    assertThat(run.tailBound().get()).isLessThanOrEqualTo(new Apfloat("1e-20", 30));
    Precision precision = Precision.ofDigits(30);
    assertThat(run.y()).isEqualTo(precision.helper().subtract(run.sharpness(), precision.of(2)));
    assertThat(run.digits()).isEqualTo(30);
    // The run from this start takes 758 steps at 30 digits (measured by this engine).
    assertThat(run.steps()).isBetween(700L, 800L);
  }

  @Test
  void zeroResidualConvergesAtOnce() {
    RunResult run = GdRunner.run(Start.parse("0", "3", "1/10", "0"), SETTINGS);

    // z = 0 is a fixed point of the map for every T, even T > 2.
    assertThat(run.stopReason()).isEqualTo(StopReason.CONVERGED);
    assertThat(run.steps()).isZero();
    assertThat(run.tailBound().get().signum()).isZero();
  }

  @Test
  void catapultStartDiverges() {
    RunResult run = GdRunner.run(Start.parse("-2", "3", "1/10", "0"), SETTINGS);

    assertThat(run.stopReason()).isEqualTo(StopReason.DIVERGED);
    assertThat(run.steps()).isEqualTo(2);
    assertThat(run.tailBound()).isEmpty();
    assertThat(run.detail()).contains("limit 10");
  }

  @Test
  void largeResidualDivergesBeforeFirstStep() {
    RunResult run = GdRunner.run(Start.parse("-11", "30", "1/10", "0"), SETTINGS);

    assertThat(run.start().isPhysical()).isTrue();
    assertThat(run.stopReason()).isEqualTo(StopReason.DIVERGED);
    assertThat(run.steps()).isZero();
  }

  @Test
  void negativeEigenWeightIsOutsidePhysicalRegion() {
    RunResult run = GdRunner.run(Start.parse("-1", "1", "1", "0"), SETTINGS);

    assertThat(run.stopReason()).isEqualTo(StopReason.OUTSIDE_PHYSICAL_REGION);
    assertThat(run.steps()).isZero();
    assertThat(run.detail()).startsWith("u0 = -1/2 and v0 = 3/2");
  }

  @Test
  void startJustOutsideIsNotIterated() {
    Start start = Start.parse("0.500000000000000000000000000001", "1", "1/10", "0");
    RunResult run = GdRunner.run(start, SETTINGS);

    assertThat(run.stopReason()).isEqualTo(StopReason.OUTSIDE_PHYSICAL_REGION);
    assertThat(run.steps()).isZero();
  }

  @Test
  void stepCapStopsEdgeRun() {
    RunSettings capped = RunSettings.of(30, "1e-20", 100);
    RunResult run = GdRunner.run(Start.parse("-0.3", "1.9", "1/10", "0"), capped);

    assertThat(run.stopReason()).isEqualTo(StopReason.STEP_CAP);
    assertThat(run.steps()).isEqualTo(100);
    assertThat(run.detail()).startsWith("step cap 100 reached");
  }

  @Test
  void boundaryStartEndsAtStepCap() {
    // v0 = 0: the orbit stays on v = 0 and creeps toward T = 0, where z decays only like 1/t.
    RunSettings capped = RunSettings.of(30, "1e-20", 5_000);
    RunResult run = GdRunner.run(Start.parse("1/2", "1", "1/10", "0"), capped);

    assertThat(run.stopReason()).isEqualTo(StopReason.STEP_CAP);
    assertThat(run.state().v().signum()).isZero();
    assertThat(run.sharpness()).isLessThan(new Apfloat("0.01", 30));
  }
}
