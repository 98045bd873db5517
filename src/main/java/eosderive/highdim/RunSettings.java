package eosderive.highdim;

/**
 * Stopping rules and step size of one gradient-descent run.
 *
 * @param eta learning rate η, finite and positive; the sweep uses η = 1 (see {@link Units})
 * @param maxSteps step budget, at least 1; a run that has not stopped by then ends as
 *     {@link RunStatus#MAX_STEPS}
 * @param gradientTolerance the run converges once ‖Jᵀz‖² ≤ gradientTolerance · ‖Jᵀz₀‖²; in (0, 1).
 *     The gradient, not the loss, is tested because for D &gt; P the loss need not reach 0
 * @param divergenceFactor the run diverges once L &gt; divergenceFactor · L₀ or L is not finite;
 *     greater than 1
 * @param sharpnessEvery the running maximum of ηλ_max is sampled every this many steps (and at the
 *     end), at least 1; each sample costs one D×D eigendecomposition
 */
public record RunSettings(
    double eta, int maxSteps, double gradientTolerance, double divergenceFactor,
    int sharpnessEvery) {

  public RunSettings {
    if (!(eta > 0) || Double.isInfinite(eta)) {
      throw new IllegalArgumentException("η = " + eta + " is invalid; use a finite η > 0.");
    }
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps = " + maxSteps + " is invalid; use ≥ 1.");
    }
    if (!(gradientTolerance > 0 && gradientTolerance < 1)) {
      throw new IllegalArgumentException("gradientTolerance = " + gradientTolerance
          + " is invalid; use a value in (0, 1), for example 1e-12.");
    }
    if (!(divergenceFactor > 1)) {
      throw new IllegalArgumentException("divergenceFactor = " + divergenceFactor
          + " is invalid; use a value above 1, for example 1e10.");
    }
    if (sharpnessEvery < 1) {
      throw new IllegalArgumentException("sharpnessEvery = " + sharpnessEvery
          + " is invalid; use ≥ 1.");
    }
  }

  /** Returns settings with η = 1, the given step budget, tolerance 1e-12 and factor 1e10. */
  public static RunSettings unitStep(int maxSteps) {
    return new RunSettings(1.0, maxSteps, 1e-12, 1e10, 100);
  }
}
