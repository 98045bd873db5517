package eosderive.highdim;

/**
 * One point of the phase diagram: a shape and the rescaled initial scales (η = 1 units, see
 * {@link Units}), chosen from the grid coordinates s₀ (Marchenko–Pastur estimate of the initial
 * ηλ_max) and r = ½ησ_zD (the non-linearity ratio
 * claimed in eq. 27 of Agarwala, Pedregosa and Pennington).
 *
 * @param shape dimensions D and P
 * @param sharpness grid coordinate s₀
 * @param ratio grid coordinate r
 * @param sigmaZ σ̃_z = 2r / D
 * @param sigmaJ σ̃_J = √s₀ / (√D + √P)
 */
public record PhaseCell(Shape shape, double sharpness, double ratio, double sigmaZ,
    double sigmaJ) {

  /** Returns the cell whose scales are derived from (s₀, r) for {@code shape}. */
  public static PhaseCell of(Shape shape, double sharpness, double ratio) {
    if (!(sharpness > 0) || !(ratio > 0) || Double.isInfinite(sharpness)
        || Double.isInfinite(ratio)) {
      throw new IllegalArgumentException("grid point s0 = " + sharpness + ", r = " + ratio
          + " is invalid; both coordinates must be finite and positive.");
    }
    return new PhaseCell(shape, sharpness, ratio,
        Units.sigmaZForRatio(shape.outputs(), ratio),
        Units.sigmaJForSharpness(shape.outputs(), shape.params(), sharpness));
  }

  /**
   * Runs gradient descent for one seed: a pure function of (cell, seed, settings), so a sweep
   * may evaluate runs in any order, on any thread or machine, and get identical doubles.
   */
  public SeedResult run(long seed, RunSettings settings) {
    RandomInitialization.ModelInstance instance = new RandomInitialization(sigmaZ, sigmaJ)
        .draw(shape.outputs(), shape.params(), seed);
    RunResult result = GradientDescentRun.run(instance.tensor(), instance.state(), settings);
    return new SeedResult(this, seed, result);
  }
}
