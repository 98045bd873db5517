package eosderive.highdim;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The neural tangent kernel K = J Jᵀ (D×D) of a state and its spectrum, through Commons Math 3.6.1
 * {@link EigenDecomposition}, which uses the symmetric tridiagonal QL algorithm on a symmetric
 * input.
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
    return spectrum(kernel(state)).values()[0];
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
