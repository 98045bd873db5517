package eosderive.highdim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * D = 1, P = 2 with Q = diag(1, λ): one simulator step must equal the scalar map of
 * Agarwala, Pedregosa and Pennington (section 3)
 * z̃' = z̃ − z̃T(0) + ½z̃²T(1), T'(k) = T(k) − 2z̃T(k+1) + z̃²T(k+2), with z̃ = ηz and
 * T(k) = η J Q^k Jᵀ.
 *
 * <p>Tolerance: 1e-13 times the sum of the absolute values of the terms on the right-hand side.
 * Both sides evaluate the same polynomial with about ten roundings of relative size 2^-53 ≈ 1.1e-16
 * each, in a different order, so their difference is bounded by a few dozen ulp of that sum; 1e-13
 * leaves a margin of about 50 while still failing on any algebraic slip.
 */
class ScalarReductionTest {

  private static final double TOLERANCE = 1e-13;

  @Test
  void stepMatchesScalarMap() {
    SplittableRandom random = new SplittableRandom(20230401L);
    for (int trial = 0; trial < 200; trial++) {
      double lambda = random.nextDouble(-3.0, 3.0);
      double eta = random.nextDouble(0.05, 2.0);
      double z = random.nextDouble(-2.0, 2.0);
      double[] jac = {random.nextDouble(-1.5, 1.5), random.nextDouble(-1.5, 1.5)};
      QuadraticTensor q = QuadraticTensor.singleOutput(new double[][] {{1.0, 0.0}, {0.0, lambda}});
      ModelState next = GradientDescent.step(q, ModelState.of(1, 2, new double[] {z}, jac), eta);

      double zt = eta * z;
      double[] t = new double[6];
      for (int k = 0; k <= 3; k++) {
        t[k] = moment(eta, jac, lambda, k);
      }
      double expectedZ = zt - zt * t[0] + 0.5 * zt * zt * t[1];
      double scaleZ = Math.abs(zt) + Math.abs(zt * t[0]) + Math.abs(0.5 * zt * zt * t[1]);
      assertThat(Math.abs(eta * next.residuals()[0] - expectedZ))
          .as("z̃' at trial %d", trial).isLessThanOrEqualTo(TOLERANCE * scaleZ);

      for (int k = 0; k <= 1; k++) {
        double expectedT = t[k] - 2.0 * zt * t[k + 1] + zt * zt * t[k + 2];
        double scaleT = Math.abs(t[k]) + Math.abs(2.0 * zt * t[k + 1])
            + Math.abs(zt * zt * t[k + 2]);
        double actualT = moment(eta, next.jacobian(), lambda, k);
        assertThat(Math.abs(actualT - expectedT))
            .as("T'(%d) at trial %d", k, trial).isLessThanOrEqualTo(TOLERANCE * scaleT);
      }
    }
  }

  @Test
  void stepMatchesScalarMapForNegativePower() {
    double lambda = 0.7;
    double eta = 0.9;
    double[] jac = {0.8, -0.6};
    double z = 0.4;
    QuadraticTensor q = QuadraticTensor.singleOutput(new double[][] {{1.0, 0.0}, {0.0, lambda}});
    ModelState next = GradientDescent.step(q, ModelState.of(1, 2, new double[] {z}, jac), eta);
    double zt = eta * z;
    double expected = moment(eta, jac, lambda, -1) - 2.0 * zt * moment(eta, jac, lambda, 0)
        + zt * zt * moment(eta, jac, lambda, 1);
    assertThat(moment(eta, next.jacobian(), lambda, -1))
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-13 * 3.0));
  }

  /** Returns T(k) = η J Q^k Jᵀ for Q = diag(1, λ). */
  static double moment(double eta, double[] jac, double lambda, int k) {
    return eta * (jac[0] * jac[0] + Math.pow(lambda, k) * jac[1] * jac[1]);
  }
}
