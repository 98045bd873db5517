package eosderive.highdim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** r_NL = √(E‖n‖²/E‖ℓ‖²) against its exact finite-size value, within 4 standard errors. */
class NonlinearRatioTest {

  @Test
  void measuredRatioMatchesExactFormula() {
    int d = 10;
    int p = 20;
    double eta = 0.5;
    double sigmaZ = 0.3;
    RandomInitialization init = new RandomInitialization(sigmaZ, 0.2);
    NonlinearRatio.Measurement m = NonlinearRatio.measure(d, p, eta, init, 1000, 0L);
    double expected = NonlinearRatio.expected(d, p, eta, sigmaZ);
    assertThat(Math.abs(m.rmsRatio().zScore(expected)))
        .as("measured %s, derived %s", m.rmsRatio(), expected).isLessThanOrEqualTo(4.0);
  }

  @Test
  void ratioDoesNotDependOnSigmaJ() {
    double small = NonlinearRatio.measure(6, 9, 1.0, new RandomInitialization(0.1, 0.05), 50, 0L)
        .rmsRatio().mean();
    double large = NonlinearRatio.measure(6, 9, 1.0, new RandomInitialization(0.1, 0.5), 50, 0L)
        .rmsRatio().mean();
    assertThat(large).isCloseTo(small, org.assertj.core.data.Percentage.withPercentage(1e-9));
  }

  @Test
  void claimIsLimitOfExactFormula() {
    double claimed = NonlinearRatio.claimed(400, 1.0, 0.01);
    assertThat(NonlinearRatio.expected(400, 400_000, 1.0, 0.01))
        .isCloseTo(claimed, org.assertj.core.data.Percentage.withPercentage(0.5));
    double square = NonlinearRatio.expected(600, 600, 1.0, 0.01);
    assertThat(square / NonlinearRatio.claimed(600, 1.0, 0.01))
        .isCloseTo(Math.sqrt(0.5), org.assertj.core.data.Percentage.withPercentage(0.5));
  }
}
