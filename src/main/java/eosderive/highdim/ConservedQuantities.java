package eosderive.highdim;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * One conserved quantity per output for any motion of the parameters, so in particular for
 * gradient descent at every step size and for gradient flow:
 *
 * <pre>
 *   E_α = J_α Q_α⁻¹ J_αᵀ − 2 z_α        (J_α the α-th row of J, Q_α invertible).
 * </pre>
 *
 * Derivation: a parameter move Δ changes J_α by Q_αΔ and z_α by J_α·Δ + ½ ΔᵀQ_αΔ, so J_αQ_α⁻¹J_αᵀ
 * grows by 2 J_α·Δ + ΔᵀQ_αΔ, which is exactly twice the growth of z_α. For D = 1 and η-rescaled
 * variables, η E_1 = T(−1) − 2z̃ is the invariant of the scalar
 * map in section 3 of Agarwala, Pedregosa and Pennington.
 */
public final class ConservedQuantities {

  private ConservedQuantities() {}

  /**
   * Returns (E_1, …, E_D).
   *
   * @throws IllegalArgumentException if some slice Q_α is singular
   */
  public static double[] of(QuadraticTensor q, ModelState state) {
    int d = state.outputs();
    int p = state.params();
    double[] z = state.residualsView();
    double[] jac = state.jacobianView();
    double[] out = new double[d];
    for (int a = 0; a < d; a++) {
      DecompositionSolver solver =
          new LUDecomposition(new Array2DRowRealMatrix(q.slice(a), false)).getSolver();
      if (!solver.isNonSingular()) {
        throw new IllegalArgumentException("Q[" + a + "] is singular, so E_" + a
            + " is undefined; use a tensor whose slices are invertible.");
      }
      RealVector row = new ArrayRealVector(java.util.Arrays.copyOfRange(jac, a * p, a * p + p));
      out[a] = row.dotProduct(solver.solve(row)) - 2.0 * z[a];
    }
    return out;
  }
}
