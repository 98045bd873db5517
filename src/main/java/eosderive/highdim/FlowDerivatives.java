package eosderive.highdim;

/**
 * Exact first and second time derivatives of the NTK K = J Jᵀ, of its trace and of its largest
 * eigenvalue under gradient flow dz/dt = −J Jᵀz, dJ/dt = −Q(Jᵀz, ·), evaluated at one state.
 *
 * <p>With u = Jᵀz, W = Q(u, ·), Q_z = Σ_α z_α Q_α and M = JᵀJ:
 *
 * <pre>
 *   dJ/dt = −W,        du/dt = −(Q_z + M) u,        d²J/dt² = Q((Q_z + M) u, ·),
 *   dK/dt = J̇Jᵀ + JJ̇ᵀ,        d²K/dt² = J̈Jᵀ + 2 J̇J̇ᵀ + JJ̈ᵀ.
 * </pre>
 *
 * For a simple top eigenvalue λ₁ with unit eigenvector v₁, perturbation theory gives
 * dλ₁/dt = v₁ᵀK̇v₁ and d²λ₁/dt² = v₁ᵀK̈v₁ + 2 Σ_{k≠1} (v₁ᵀK̇v_k)² / (λ₁ − λ_k). The second formula
 * is singular when λ₁ is degenerate, which has probability zero for Gaussian J.
 */
public final class FlowDerivatives {

  private FlowDerivatives() {}

  /** Returns the derivatives at {@code state}; costs two contractions with Q and one eigensolve. */
  public static Derivatives at(QuadraticTensor q, ModelState state) {
    int d = state.outputs();
    int p = state.params();
    double[] z = state.residualsView();
    double[] jac = state.jacobianView();
    double[] u = state.gradient();
    double[] w = q.contractFirst(u);

    // y = (Q_z + M) u = Wᵀz + Jᵀ(J u), and d²J/dt² = Q(y, ·).
    double[] ju = state.applyJacobian(u);
    double[] y = new double[p];
    for (int a = 0; a < d; a++) {
      for (int i = 0; i < p; i++) {
        y[i] += z[a] * w[a * p + i] + ju[a] * jac[a * p + i];
      }
    }
    double[] jacSecond = q.contractFirst(y);
    double[] jacFirst = new double[d * p];
    for (int k = 0; k < jacFirst.length; k++) {
      jacFirst[k] = -w[k];
    }

    double[][] kernelFirst = symmetricSum(outer(jacFirst, jac, d, p), 1.0);
    double[][] kernelSecond = symmetricSum(outer(jacSecond, jac, d, p), 1.0);
    double[][] velocity = outer(jacFirst, jacFirst, d, p);
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        kernelSecond[a][b] += 2.0 * velocity[a][b];
      }
    }

    double traceFirst = 0.0;
    double traceSecond = 0.0;
    for (int a = 0; a < d; a++) {
      traceFirst += kernelFirst[a][a];
      traceSecond += kernelSecond[a][a];
    }

    Ntk.Spectrum spectrum = Ntk.rangeSpectrum(state);
    double[] values = spectrum.values();
    double[] top = spectrum.vectors()[0];
    double lambdaFirst = quadraticForm(kernelFirst, top, top);
    double lambdaSecond = quadraticForm(kernelSecond, top, top);
    for (int k = 1; k < values.length; k++) {
      double coupling = quadraticForm(kernelFirst, top, spectrum.vectors()[k]);
      lambdaSecond += 2.0 * coupling * coupling / (values[0] - values[k]);
    }
    if (values.length < d) {
      // D > P: the null space of K has eigenvalue 0, and the sum of squared couplings over any
      // orthonormal basis of it is the squared norm of the part of K̇v₁ outside the range.
      double[] coupled = multiply(kernelFirst, top);
      for (double[] v : spectrum.vectors()) {
        double overlap = ModelState.dot(v, coupled);
        for (int a = 0; a < d; a++) {
          coupled[a] -= overlap * v[a];
        }
      }
      lambdaSecond += 2.0 * ModelState.dot(coupled, coupled) / values[0];
    }
    return new Derivatives(values[0], lambdaFirst, lambdaSecond, Ntk.trace(state), traceFirst,
        traceSecond, java.util.Arrays.copyOf(values, d));
  }

  /** Returns A Bᵀ for D×P row-major A and B. */
  private static double[][] outer(double[] a, double[] b, int d, int p) {
    double[][] out = new double[d][d];
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        double sum = 0.0;
        for (int i = 0; i < p; i++) {
          sum += a[r * p + i] * b[c * p + i];
        }
        out[r][c] = sum;
      }
    }
    return out;
  }

  /** Returns X + Xᵀ scaled by {@code factor}, which is exactly symmetric. */
  private static double[][] symmetricSum(double[][] x, double factor) {
    int n = x.length;
    double[][] out = new double[n][n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        out[r][c] = factor * (x[r][c] + x[c][r]);
      }
    }
    return out;
  }

  private static double[] multiply(double[][] matrix, double[] vector) {
    double[] out = new double[matrix.length];
    for (int r = 0; r < matrix.length; r++) {
      out[r] = ModelState.dot(matrix[r], vector);
    }
    return out;
  }

  private static double quadraticForm(double[][] matrix, double[] left, double[] right) {
    double sum = 0.0;
    for (int r = 0; r < matrix.length; r++) {
      double row = 0.0;
      for (int c = 0; c < matrix.length; c++) {
        row += matrix[r][c] * right[c];
      }
      sum += left[r] * row;
    }
    return sum;
  }

  /**
   * Derivatives with respect to gradient-flow time, in the units of the state (for a state in
   * rescaled units, λ is ηλ_max and t is measured in steps).
   *
   * @param maxEigenvalue λ_max of K
   * @param maxEigenvalueFirst dλ_max/dt
   * @param maxEigenvalueSecond d²λ_max/dt²
   * @param trace tr K
   * @param traceFirst d tr K / dt
   * @param traceSecond d² tr K / dt²
   * @param eigenvalues all D eigenvalues of K in descending order, zeros included when D &gt; P
   */
  public record Derivatives(
      double maxEigenvalue, double maxEigenvalueFirst, double maxEigenvalueSecond, double trace,
      double traceFirst, double traceSecond, double[] eigenvalues) {}
}
