package eosderive.highdim;

/**
 * The dynamical variables of the second-order regression model: the residuals z ∈ R^D and the
 * Jacobian J ∈ R^{D×P}, stored row-major as {@code jacobian[α * P + i]}.
 *
 * <p>Immutable: the factory and the accessors copy. Package code reads the arrays directly through
 * {@link #residualsView()} and {@link #jacobianView()} and must not write to them.
 */
public final class ModelState {

  private final int outputs;
  private final int params;
  private final double[] residuals;
  private final double[] jacobian;

  private ModelState(int outputs, int params, double[] residuals, double[] jacobian) {
    this.outputs = outputs;
    this.params = params;
    this.residuals = residuals;
    this.jacobian = jacobian;
  }

  /**
   * Copies z (length D) and J (length D·P, row-major) into a new state.
   *
   * @throws IllegalArgumentException if the lengths do not match D and D·P
   */
  public static ModelState of(int outputs, int params, double[] residuals, double[] jacobian) {
    requireDimensions(outputs, params);
    if (residuals.length != outputs) {
      throw new IllegalArgumentException("z has length " + residuals.length + " but D = "
          + outputs + "; pass one residual per output.");
    }
    if (jacobian.length != outputs * params) {
      throw new IllegalArgumentException("J has length " + jacobian.length + " but D·P = "
          + outputs * params + "; pass J row-major as D rows of P entries.");
    }
    return new ModelState(outputs, params, residuals.clone(), jacobian.clone());
  }

  /** Wraps arrays the caller has just filled and will not touch again; skips copying. */
  static ModelState adopt(int outputs, int params, double[] residuals, double[] jacobian) {
    return new ModelState(outputs, params, residuals, jacobian);
  }

  static void requireDimensions(int outputs, int params) {
    if (outputs < 1 || params < 1) {
      throw new IllegalArgumentException("dimensions D = " + outputs + ", P = " + params
          + " are invalid; both must be at least 1.");
    }
  }

  public int outputs() {
    return outputs;
  }

  public int params() {
    return params;
  }

  public double[] residuals() {
    return residuals.clone();
  }

  public double[] jacobian() {
    return jacobian.clone();
  }

  double[] residualsView() {
    return residuals;
  }

  double[] jacobianView() {
    return jacobian;
  }

  /** Returns the loss L = ½ zᵀz. */
  public double loss() {
    return 0.5 * dot(residuals, residuals);
  }

  /** Returns the parameter gradient Jᵀz ∈ R^P. */
  public double[] gradient() {
    double[] u = new double[params];
    for (int a = 0; a < outputs; a++) {
      double za = residuals[a];
      int row = a * params;
      for (int i = 0; i < params; i++) {
        u[i] += za * jacobian[row + i];
      }
    }
    return u;
  }

  /** Returns J·x ∈ R^D for x ∈ R^P. */
  double[] applyJacobian(double[] x) {
    double[] out = new double[outputs];
    for (int a = 0; a < outputs; a++) {
      int row = a * params;
      double sum = 0.0;
      for (int i = 0; i < params; i++) {
        sum += jacobian[row + i] * x[i];
      }
      out[a] = sum;
    }
    return out;
  }

  static double dot(double[] x, double[] y) {
    double sum = 0.0;
    for (int i = 0; i < x.length; i++) {
      sum += x[i] * y[i];
    }
    return sum;
  }
}
