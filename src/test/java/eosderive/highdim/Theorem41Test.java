package eosderive.highdim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Derived early-time expansions of Theorem 4.1 against Monte Carlo, within 4 standard errors. */
class Theorem41Test {

  @Test
  void scalarCurvatureConstantIsTwoPTimesPPlusOne() {
    MeanEstimate c = Theorem41.curvatureConstant(1, 2, 20000, 1L);
    assertThat(Math.abs(c.zScore(12.0))).as("c(1, 2) = 12, estimate %s", c)
        .isLessThanOrEqualTo(4.0);
  }

  @Test
  void traceProxyMatchesClosedForm() {
    int d = 4;
    int p = 6;
    RandomInitialization init = new RandomInitialization(0.2, 0.3);
    Theorem41.Measurement m = Theorem41.measure(d, p, init, 2000, 0L);
    double expected = Theorem41.expectedTraceSecondDerivative(d, p, 0.2, 0.3);
    assertThat(Math.abs(m.traceSecond().zScore(expected)))
        .as("E d² tr K/dt² = %s, derived %s", m.traceSecond(), expected)
        .isLessThanOrEqualTo(4.0);
    assertThat(Math.abs(m.traceFirst().zScore(0.0))).as("E d tr K/dt = %s", m.traceFirst())
        .isLessThanOrEqualTo(4.0);
  }

  @Test
  void maxEigenvalueDerivativesMatchDerivation() {
    int d = 4;
    int p = 6;
    RandomInitialization init = new RandomInitialization(0.2, 0.3);
    Theorem41.Measurement m = Theorem41.measure(d, p, init, 2000, 0L);
    assertThat(Math.abs(m.maxEigenvalueFirst().zScore(0.0)))
        .as("E dλ/dt = %s", m.maxEigenvalueFirst()).isLessThanOrEqualTo(4.0);
    // Same seeds: λ̈ − σ_z²F(λ) has conditional mean 0 given J, so compare the paired difference.
    double[] exact = m.secondSamples();
    MeanEstimate constant = Theorem41.curvatureConstant(d, p, 20000, 2L);
    double derived = 0.04 * 0.09 * constant.mean();
    double combined = Math.hypot(m.maxEigenvalueSecond().standardError(),
        0.04 * 0.09 * constant.standardError());
    assertThat(Math.abs(m.maxEigenvalueSecond().mean() - derived) / combined)
        .as("E d²λ/dt² = %s, derived %s", m.maxEigenvalueSecond(), derived)
        .isLessThanOrEqualTo(4.0);
    assertThat(m.maxEigenvalueSecond().zScore(0.0)).isGreaterThan(4.0);
    assertThat(exact).hasSize(2000);
  }

  @Test
  void curvatureConstantApproachesLargeSizeLimit() {
    MeanEstimate c = Theorem41.curvatureConstant(30, 60, 200, 3L);
    double limit = Theorem41.asymptoticMaxEigenvalueSecondDerivative(30, 60, 1.0, 1.0);
    assertThat(c.mean() / limit).isBetween(0.95, 1.1);
  }
}
