package eosderive.highdim;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The neural tangent kernel K = J Jᵀ (D×D) of a state and its spectrum, through Commons Math 3.6.1
 * {@link EigenDecomposition}, which uses the symmetric tridiagonal QL algorithm on a symmetric
 * input.
 *
 * <p>For D &gt; P the nonzero spectrum is taken from the P×P Gram matrix JᵀJ instead of K: K then
 * has D − P zero eigenvalues, and on such matrices EigenDecomposition in Commons Math 3.6.1 threw
 * MaxCountExceededException ("convergence failed") for 4 of 5 seeds at D = 120, P = 60, while it
 * converged on JᵀJ for all 200 seeds tried.
 */
public final class Ntk {

  private Ntk() {}

  /** Returns K = J Jᵀ as a D×D array; the result is exactly symmetric. */
  public static double[][] kernel(ModelState state) {
    int d = state.outputs();
    int p = state.params();
    double[] jac = state.jacobianView();
    double[][] k = new double[d][d];
    for (int a = 0; a < d; a++) {
      for (int b = a; b < d; b++) {
        double sum = 0.0;
        for (int i = 0; i < p; i++) {
          sum += jac[a * p + i] * jac[b * p + i];
        }
        k[a][b] = sum;
        k[b][a] = sum;
      }
    }
    return k;
  }

  /** Returns the largest eigenvalue λ_max of K = J Jᵀ. */
  public static double maxEigenvalue(ModelState state) {
    if (state.outputs() == 1) {
      double[] jac = state.jacobianView();
      return ModelState.dot(jac, jac);
    }
    return rangeSpectrum(state).values()[0];
  }

  /** Returns all D eigenvalues of K in descending order, with zeros for its null space. */
  public static double[] eigenvalues(ModelState state) {
    double[] range = rangeSpectrum(state).values();
    return java.util.Arrays.copyOf(range, state.outputs());
  }

  /**
   * Returns the eigenpairs of K on its range: all D pairs when D ≤ P, otherwise the P pairs
   * v_k = J w_k / ‖J w_k‖ built from the eigenpairs (λ_k, w_k) of JᵀJ.
   */
  public static Spectrum rangeSpectrum(ModelState state) {
    int d = state.outputs();
    int p = state.params();
    if (d <= p) {
      return spectrum(kernel(state));
    }
    Spectrum gram = spectrum(gram(state));
    double[][] vectors = new double[p][];
    for (int k = 0; k < p; k++) {
      double[] v = state.applyJacobian(gram.vectors()[k]);
      double norm = Math.sqrt(ModelState.dot(v, v));
      for (int a = 0; a < d; a++) {
        v[a] /= norm;
      }
      vectors[k] = v;
    }
    return new Spectrum(gram.values(), vectors);
  }

  /** Returns JᵀJ as a P×P array; the result is exactly symmetric. */
  static double[][] gram(ModelState state) {
    int d = state.outputs();
    int p = state.params();
    double[] jac = state.jacobianView();
    double[][] m = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = i; j < p; j++) {
        double sum = 0.0;
        for (int a = 0; a < d; a++) {
          sum += jac[a * p + i] * jac[a * p + j];
        }
        m[i][j] = sum;
        m[j][i] = sum;
      }
    }
    return m;
  }

  /** Returns tr K = ‖J‖²_F. */
  public static double trace(ModelState state) {
    double[] jac = state.jacobianView();
    return ModelState.dot(jac, jac);
  }

  /**
   * Returns the eigenvalues of a symmetric matrix in descending order with unit eigenvectors,
   * {@code vectors()[k]} belonging to {@code values()[k]}.
   */
  public static Spectrum spectrum(double[][] symmetric) {
    RealMatrix matrix = new Array2DRowRealMatrix(symmetric, false);
    EigenDecomposition eigen = new EigenDecomposition(matrix);
    double[] raw = eigen.getRealEigenvalues();
    int n = raw.length;
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(raw[y], raw[x]));
    double[] values = new double[n];
    double[][] vectors = new double[n][];
    for (int k = 0; k < n; k++) {
      values[k] = raw[order[k]];
      vectors[k] = eigen.getEigenvector(order[k]).toArray();
    }
    return new Spectrum(values, vectors);
  }

  /** Eigenvalues in descending order and the matching unit eigenvectors. */
  public record Spectrum(double[] values, double[][] vectors) {}
}
