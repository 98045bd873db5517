package eosderive.highdim;

/**
 * Gradient flow dz/dt = −J Jᵀz, dJ/dt = −Q(Jᵀz, ·) integrated with the classical fourth-order
 * Runge–Kutta method at a fixed step; a negative time integrates backwards.
 */
public final class GradientFlow {

  private GradientFlow() {}

  /** Returns the state at time {@code time} after {@code steps} RK4 steps of size time/steps. */
  public static ModelState integrate(QuadraticTensor q, ModelState start, double time, int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("steps = " + steps + " is invalid; use at least 1.");
    }
    int d = start.outputs();
    int p = start.params();
    int n = d + d * p;
    double h = time / steps;
    double[] x = pack(start);
    for (int s = 0; s < steps; s++) {
      double[] k1 = rate(q, x, d, p);
      double[] k2 = rate(q, axpy(x, 0.5 * h, k1), d, p);
      double[] k3 = rate(q, axpy(x, 0.5 * h, k2), d, p);
      double[] k4 = rate(q, axpy(x, h, k3), d, p);
      for (int k = 0; k < n; k++) {
        x[k] += h / 6.0 * (k1[k] + 2.0 * k2[k] + 2.0 * k3[k] + k4[k]);
      }
    }
    return unpack(x, d, p);
  }

  private static double[] rate(QuadraticTensor q, double[] x, int d, int p) {
    ModelState state = unpack(x, d, p);
    double[] u = state.gradient();
    double[] zRate = state.applyJacobian(u);
    double[] jacRate = q.contractFirst(u);
    double[] out = new double[x.length];
    for (int a = 0; a < d; a++) {
      out[a] = -zRate[a];
    }
    for (int k = 0; k < d * p; k++) {
      out[d + k] = -jacRate[k];
    }
    return out;
  }

  private static double[] axpy(double[] x, double factor, double[] y) {
    double[] out = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      out[k] = x[k] + factor * y[k];
    }
    return out;
  }

  private static double[] pack(ModelState state) {
    int d = state.outputs();
    double[] x = new double[d + d * state.params()];
    System.arraycopy(state.residualsView(), 0, x, 0, d);
    System.arraycopy(state.jacobianView(), 0, x, d, d * state.params());
    return x;
  }

  private static ModelState unpack(double[] x, int d, int p) {
    double[] z = new double[d];
    double[] jac = new double[d * p];
    System.arraycopy(x, 0, z, 0, d);
    System.arraycopy(x, d, jac, 0, d * p);
    return ModelState.adopt(d, p, z, jac);
  }
}
