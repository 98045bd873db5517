package eosderive.highdim;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Seeded Gaussian initialisation of the second-order regression model.
 *
 * <p>Distribution: z_α ~ N(0, σ_z²) and J_αi ~ N(0, σ_J²), all independent. Each slice Q_α is an
 * independent Gaussian orthogonal ensemble matrix with Q_αii ~ N(0, 1) and Q_αij = Q_αji ~
 * N(0, ½) for i &lt; j. This equals the law of (G + Gᵀ)/2 for G with i.i.d. N(0, 1) entries, so
 * the law of Q_α is invariant under Q_α ↦ O Q_α Oᵀ for orthogonal O, and for every fixed u ∈ R^P
 * the contraction uᵀQ_αu is N(0, ‖u‖⁴). The derivations in {@link Theorem41} and
 * {@link NonlinearRatio} use exactly these variances.
 *
 * <p>Seeding: one {@link Well19937c} per (D, P, seed), seeded with the int array {D, P, high 32
 * bits of seed, low 32 bits of seed}. Draw order: z (D values), J (row-major), then for each α the
 * upper triangle of Q_α row by row (diagonal included). Draws are standard normals scaled
 * afterwards, so all (σ_z, σ_J) cells with the same (D, P, seed) share their random numbers
 * (common random numbers), which makes differences between cells of a phase diagram smoother.
 *
 * @param sigmaZ standard deviation σ_z of the initial residuals, at least 0
 * @param sigmaJ standard deviation σ_J of the initial Jacobian entries, at least 0
 */
public record RandomInitialization(double sigmaZ, double sigmaJ) {

  public RandomInitialization {
    if (!(sigmaZ >= 0) || !(sigmaJ >= 0) || Double.isInfinite(sigmaZ)
        || Double.isInfinite(sigmaJ)) {
      throw new IllegalArgumentException("σ_z = " + sigmaZ + ", σ_J = " + sigmaJ
          + " are invalid; both must be finite and at least 0.");
    }
  }

  /** Draws Q and the initial state for shape (D, P) from the generator seeded by (D, P, seed). */
  public ModelInstance draw(int outputs, int params, long seed) {
    ModelState.requireDimensions(outputs, params);
    long tensorSize = (long) outputs * params * params;
    if (tensorSize > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("D·P·P = " + tensorSize + " for D = " + outputs
          + ", P = " + params + " exceeds the largest Java array; reduce D or P.");
    }
    RandomGenerator random = generator(outputs, params, seed);

    double[] z = new double[outputs];
    for (int a = 0; a < outputs; a++) {
      z[a] = sigmaZ * random.nextGaussian();
    }
    double[] jac = new double[outputs * params];
    for (int k = 0; k < jac.length; k++) {
      jac[k] = sigmaJ * random.nextGaussian();
    }

    double[] q = new double[(int) tensorSize];
    double offDiagonalScale = Math.sqrt(0.5);
    for (int a = 0; a < outputs; a++) {
      int base = a * params * params;
      for (int i = 0; i < params; i++) {
        q[base + i * params + i] = random.nextGaussian();
        for (int j = i + 1; j < params; j++) {
          double value = offDiagonalScale * random.nextGaussian();
          q[base + i * params + j] = value;
          q[base + j * params + i] = value;
        }
      }
    }
    return new ModelInstance(
        QuadraticTensor.adopt(outputs, params, q), ModelState.adopt(outputs, params, z, jac));
  }

  /** Returns the generator used for (D, P, seed); exposed so callers can document a draw. */
  public static RandomGenerator generator(int outputs, int params, long seed) {
    return new Well19937c(new int[] {outputs, params, (int) (seed >>> 32), (int) seed});
  }

  /** A drawn tensor together with the initial state. */
  public record ModelInstance(QuadraticTensor tensor, ModelState state) {}
}
