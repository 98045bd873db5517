package eosderive.numeric;

import java.util.Optional;

/**
 * The outcome of {@link HybridRunner#run}.
 *
 * @param run the run in the form {@link GdRunner} returns it, from the path that certified it;
 *     for the double path, {@code run.tailBound()} already includes the rounding bound
 * @param path the arithmetic of {@code run}
 * @param doubleSteps steps taken on the double path before it stopped or escalated (0 if it
 *     was not tried)
 * @param escalation why the double path handed over to the precise path, if it did
 * @param roundingBound for the double path, the bound on |T_computed - T_exact| at the final
 *     step; empty for the precise paths, whose rounding is certified by rerunning
 */
public record HybridResult(RunResult run, IterationPath path, long doubleSteps,
    Optional<String> escalation, Optional<Double> roundingBound) {

  /** Returns the stop reason of {@link #run}. */
  public StopReason stopReason() {
    return run.stopReason();
  }

  /** Returns whether the double path handed the run over to a precise path. */
  public boolean escalated() {
    return escalation.isPresent();
  }
}
