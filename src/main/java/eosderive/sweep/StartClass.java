package eosderive.sweep;

/** The class of one start in a grid sweep; see {@link GridSweep} for the rules. */
public enum StartClass {
  /** Converged and passed every condition of {@link eosderive.numeric.EdgeCriterion}. */
  REACHES_EDGE,
  /** Converged without reaching the edge, with y_inf below the edge value -eps/2. */
  CONVERGES_BELOW,
  /** Converged without reaching the edge, with y_inf at or above the edge value -eps/2. */
  CONVERGES_ABOVE,
  /** Stopped DIVERGED. */
  DIVERGES,
  /** u0 &lt; 0 or v0 &lt; 0: no real parameter vector has this start. */
  OUTSIDE_PHYSICAL_REGION,
  /** The runs at the two precisions disagree on the class or on y_inf beyond the tolerance. */
  SENSITIVE,
  /** The run reached its step cap, so its class is unknown. */
  UNDECIDED
}
