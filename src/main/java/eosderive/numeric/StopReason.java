package eosderive.numeric;

/** Reason a run of {@link GdRunner} stopped. */
public enum StopReason {
  /** The tail bound on |T_inf - T| fell to the requested tolerance, or z became exactly 0. */
  CONVERGED,
  /** |z| exceeded {@link GdRunner#MAX_ABS_Z} or T exceeded {@link GdRunner#MAX_SHARPNESS}. */
  DIVERGED,
  /** The start has u0 < 0 or v0 < 0, so no real parameter vector has it; nothing was iterated. */
  OUTSIDE_PHYSICAL_REGION,
  /** The run reached its step cap before any other stop condition held. */
  STEP_CAP
}
