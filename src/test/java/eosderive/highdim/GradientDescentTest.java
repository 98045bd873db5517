package eosderive.highdim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The (z, J) update must equal gradient descent on the parameters θ of the quadratic model
 * z(θ) = z₀ + J₀θ + ½Q(θ, θ), whose Jacobian is J(θ) = J₀ + Q(θ, ·).
 */
class GradientDescentTest {

  @Test
  void matchesParameterSpaceDescent() {
    int d = 4;
    int p = 6;
    double eta = 0.7;
    RandomInitialization.ModelInstance instance =
        new RandomInitialization(0.2, 0.25).draw(d, p, 11L);
    QuadraticTensor q = instance.tensor();
    ModelState state = instance.state();
    double[] z0 = state.residuals();
    double[] j0 = state.jacobian();
    double[] theta = new double[p];
    for (int step = 0; step < 20; step++) {
      state = GradientDescent.step(q, state, eta);
      ModelState direct = evaluate(q, z0, j0, theta, d, p);
      double[] gradient = direct.gradient();
      for (int i = 0; i < p; i++) {
        theta[i] -= eta * gradient[i];
      }
    }
    ModelState direct = evaluate(q, z0, j0, theta, d, p);
    assertThat(state.residuals()).containsExactly(direct.residuals(),
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(state.jacobian()).containsExactly(direct.jacobian(),
        org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void mismatchedShapeRejected() {
    QuadraticTensor q = new RandomInitialization(1, 1).draw(2, 3, 0L).tensor();
    ModelState state = new RandomInitialization(1, 1).draw(2, 4, 0L).state();
    assertThatThrownBy(() -> GradientDescent.step(q, state, 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P = 4");
  }

  @Test
  void asymmetricTensorRejected() {
    assertThatThrownBy(() -> QuadraticTensor.of(1, 2, new double[] {1, 2, 3, 4}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not symmetric");
  }

  private static ModelState evaluate(QuadraticTensor q, double[] z0, double[] j0,
      double[] theta, int d, int p) {
    double[] qTheta = q.contractFirst(theta);
    double[] z = new double[d];
    double[] jac = new double[d * p];
    for (int a = 0; a < d; a++) {
      double linear = 0.0;
      double quadratic = 0.0;
      for (int i = 0; i < p; i++) {
        linear += j0[a * p + i] * theta[i];
        quadratic += qTheta[a * p + i] * theta[i];
        jac[a * p + i] = j0[a * p + i] + qTheta[a * p + i];
      }
      z[a] = z0[a] + linear + 0.5 * quadratic;
    }
    return ModelState.of(d, p, z, jac);
  }
}
