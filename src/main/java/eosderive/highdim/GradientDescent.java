package eosderive.highdim;

/**
 * One step of gradient descent on L = ½ zᵀz for the second-order regression model.
 *
 * <p>With u = Jᵀz the parameter gradient, the exact update of a model that is quadratic in its
 * parameters is
 *
 * <pre>
 *   z' = z − η J u + ½ η² Q(u, u),      J' = J − η Q(u, ·).
 * </pre>
 *
 * Both follow from z(θ + Δ) = z + JΔ + ½ Q(Δ, Δ) and J(θ + Δ) = J + Q(Δ, ·) with Δ = −η u. A
 * step costs one contraction Q(u, ·), that is D·P² multiply-adds, because
 * Q(u, u)_α = u · Q(u, ·)_α.
 */
public final class GradientDescent {

  private GradientDescent() {}

  /** Returns the state after one step with learning rate {@code eta}. */
  public static ModelState step(QuadraticTensor q, ModelState state, double eta) {
    return step(q, state, eta, null);
  }

  /**
   * Returns the state after one step and, when {@code terms} is not null, stores the linear term
   * η J Jᵀz and the non-linear term ½ η² Q(Jᵀz, Jᵀz) of the z-update in it.
   */
  public static ModelState step(
      QuadraticTensor q, ModelState state, double eta, UpdateTerms terms) {
    int d = state.outputs();
    int p = state.params();
    if (q.outputs() != d || q.params() != p) {
      throw new IllegalArgumentException("Q has shape D = " + q.outputs() + ", P = " + q.params()
          + " but the state has D = " + d + ", P = " + p + "; use a tensor of the state's shape.");
    }
    double[] z = state.residualsView();
    double[] jac = state.jacobianView();
    double[] u = state.gradient();
    double[] qu = q.contractFirst(u);

    double[] nextZ = new double[d];
    double[] nextJ = new double[d * p];
    for (int a = 0; a < d; a++) {
      int row = a * p;
      double ju = 0.0;
      double quu = 0.0;
      for (int i = 0; i < p; i++) {
        ju += jac[row + i] * u[i];
        quu += qu[row + i] * u[i];
      }
      double linear = eta * ju;
      double nonlinear = 0.5 * eta * eta * quu;
      nextZ[a] = z[a] - linear + nonlinear;
      if (terms != null) {
        terms.linear[a] = linear;
        terms.nonlinear[a] = nonlinear;
      }
      for (int i = 0; i < p; i++) {
        nextJ[row + i] = jac[row + i] - eta * qu[row + i];
      }
    }
    return ModelState.adopt(d, p, nextZ, nextJ);
  }

  /** The two parts of one z-update: z' = z − linear + nonlinear. */
  public static final class UpdateTerms {
    final double[] linear;
    final double[] nonlinear;

    public UpdateTerms(int outputs) {
      this.linear = new double[outputs];
      this.nonlinear = new double[outputs];
    }

    /** Returns a copy of η J Jᵀz. */
    public double[] linear() {
      return linear.clone();
    }

    /** Returns a copy of ½ η² Q(Jᵀz, Jᵀz). */
    public double[] nonlinear() {
      return nonlinear.clone();
    }

    public double linearNormSquared() {
      return ModelState.dot(linear, linear);
    }

    public double nonlinearNormSquared() {
      return ModelState.dot(nonlinear, nonlinear);
    }
  }
}
