package eosderive.highdim;

/** Outcome of a gradient-descent run. */
public enum RunStatus {
  /** ‖Jᵀz‖² fell below the tolerance times its initial value. */
  CONVERGED,
  /** The loss became non-finite or exceeded the divergence factor times its initial value. */
  DIVERGED,
  /** The step budget ran out first. */
  MAX_STEPS
}
