package eosderive.highdim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * E_α = J_α Q_α⁻¹ J_αᵀ − 2 z_α is conserved by gradient descent at any step size; for D = 1 in
 * η-rescaled units it is Ẽ = T(−1) − 2z̃. Tolerances are relative to the largest term and allow
 * for rounding accumulated over the trajectory (about 1e-16 per step and term).
 */
class ConservedQuantitiesTest {

  @Test
  void scalarInvariantAlongTrajectory() {
    double lambda = -0.8;
    double eta = 1.0;
    QuadraticTensor q = QuadraticTensor.singleOutput(new double[][] {{1.0, 0.0}, {0.0, lambda}});
    ModelState state = ModelState.of(1, 2, new double[] {0.3}, new double[] {1.1, 0.5});
    double initial = scalarInvariant(eta, state, lambda);
    double maxDrift = 0.0;
    for (int step = 0; step < 300; step++) {
      state = GradientDescent.step(q, state, eta);
      maxDrift = Math.max(maxDrift, Math.abs(scalarInvariant(eta, state, lambda) - initial));
    }
    assertThat(maxDrift).isLessThanOrEqualTo(1e-12);
    assertThat(ConservedQuantities.of(q, state)[0] * eta).isCloseTo(initial,
        org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void perOutputInvariantsAlongTrajectory() {
    RandomInitialization.ModelInstance instance =
        new RandomInitialization(0.05, 0.15).draw(5, 7, 3L);
    QuadraticTensor q = instance.tensor();
    ModelState state = instance.state();
    double[] initial = ConservedQuantities.of(q, state);
    double scale = 0.0;
    for (double e : initial) {
      scale = Math.max(scale, Math.abs(e));
    }
    for (int step = 0; step < 200; step++) {
      state = GradientDescent.step(q, state, 1.0);
    }
    assertThat(state.loss()).as("the trajectory moved").isLessThan(0.5 * instance.state().loss());
    double[] after = ConservedQuantities.of(q, state);
    for (int a = 0; a < after.length; a++) {
      assertThat(Math.abs(after[a] - initial[a])).as("E_%d", a)
          .isLessThanOrEqualTo(1e-10 * scale);
    }
  }

  @Test
  void invariantDetectsResidualOnlyChange() {
    RandomInitialization.ModelInstance instance =
        new RandomInitialization(0.05, 0.15).draw(3, 4, 5L);
    ModelState state = instance.state();
    double[] z = state.residuals();
    z[1] += 1e-3;
    ModelState shifted = ModelState.of(3, 4, z, state.jacobian());
    double[] before = ConservedQuantities.of(instance.tensor(), state);
    double[] after = ConservedQuantities.of(instance.tensor(), shifted);
    assertThat(after[1] - before[1]).isCloseTo(-2e-3, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void singularSliceRejected() {
    QuadraticTensor q = QuadraticTensor.singleOutput(new double[][] {{1.0, 0.0}, {0.0, 0.0}});
    ModelState state = ModelState.of(1, 2, new double[] {0.1}, new double[] {1.0, 1.0});
    assertThatThrownBy(() -> ConservedQuantities.of(q, state))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("singular");
  }

  /** Returns T(−1) − 2z̃ for Q = diag(1, λ). */
  private static double scalarInvariant(double eta, ModelState state, double lambda) {
    double[] jac = state.jacobian();
    return ScalarReductionTest.moment(eta, jac, lambda, -1) - 2.0 * eta * state.residuals()[0];
  }
}
