package eosderive.highdim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Monte Carlo estimators against closed-form expectations, within 4 standard errors. */
class MonteCarloTest {

  private static final int SEEDS = 400;

  @Test
  void traceOfKernelMatchesDpSigmaSquared() {
    int d = 7;
    int p = 11;
    double sigmaJ = 0.3;
    RandomInitialization init = new RandomInitialization(0.5, sigmaJ);
    double[] traces = new double[SEEDS];
    double[] residualNorms = new double[SEEDS];
    for (int s = 0; s < SEEDS; s++) {
      ModelState state = init.draw(d, p, s).state();
      traces[s] = Ntk.trace(state);
      residualNorms[s] = 2.0 * state.loss();
    }
    MeanEstimate trace = MeanEstimate.of(traces);
    assertThat(Math.abs(trace.zScore(Theorem41.expectedTrace(d, p, sigmaJ))))
        .as("E tr JJᵀ = D P σ_J², estimate %s", trace).isLessThanOrEqualTo(4.0);
    MeanEstimate residual = MeanEstimate.of(residualNorms);
    assertThat(Math.abs(residual.zScore(d * 0.25)))
        .as("E‖z‖² = D σ_z², estimate %s", residual).isLessThanOrEqualTo(4.0);
  }

  @Test
  void tensorEntriesHaveGoeVariances() {
    int p = 6;
    double[] diagonal = new double[SEEDS];
    double[] offDiagonal = new double[SEEDS];
    RandomInitialization init = new RandomInitialization(1.0, 1.0);
    for (int s = 0; s < SEEDS; s++) {
      QuadraticTensor q = init.draw(2, p, s).tensor();
      diagonal[s] = q.get(1, 3, 3) * q.get(1, 3, 3);
      offDiagonal[s] = q.get(1, 2, 5) * q.get(1, 2, 5);
    }
    assertThat(Math.abs(MeanEstimate.of(diagonal).zScore(1.0))).isLessThanOrEqualTo(4.0);
    assertThat(Math.abs(MeanEstimate.of(offDiagonal).zScore(0.5))).isLessThanOrEqualTo(4.0);
  }

  @Test
  void estimatorRejectsWrongExpectation() {
    double[] samples = new double[SEEDS];
    RandomInitialization init = new RandomInitialization(0.5, 0.3);
    for (int s = 0; s < SEEDS; s++) {
      samples[s] = Ntk.trace(init.draw(7, 11, s).state());
    }
    double wrong = 1.1 * Theorem41.expectedTrace(7, 11, 0.3);
    assertThat(Math.abs(MeanEstimate.of(samples).zScore(wrong))).isGreaterThan(4.0);
  }

  @Test
  void ratioOfMeansStandardErrorMatchesExactCase() {
    double[] numerator = {2, 4, 6, 8};
    double[] denominator = {1, 2, 3, 4};
    MeanEstimate ratio = MeanEstimate.ratioOfMeans(numerator, denominator);
    assertThat(ratio.mean()).isEqualTo(2.0);
    assertThat(ratio.standardError()).isLessThan(1e-15);
  }
}
