package eosderive.numeric;

import java.util.Optional;

import org.apfloat.Apfloat;

/**
 * The outcome of one run of {@link GdRunner}.
 *
 * @param start the exact start
 * @param settings precision, tolerance and step cap of the run
 * @param stopReason why the run stopped
 * @param steps number of one-step maps applied (0 for OUTSIDE_PHYSICAL_REGION)
 * @param state the final state (the start's state, unchanged, when nothing was iterated)
 * @param sharpness final T = u + v
 * @param y final y = T - 2; for a CONVERGED run this approximates y_inf = T_inf - 2
 * @param tailBound bound on |T_inf - T| from the final state (see {@link TailBound}); empty
 *     when its hypotheses fail there, which is always the case for DIVERGED runs
 * @param maxSharpness the largest T over all states of the run, the start included
 * @param finalAlternations number of consecutive steps, ending at the final state, in which z
 *     changed sign (a period-2 oscillation of length n shows as n)
 * @param detail one sentence on the stop: which bound was crossed, or the tail bound reached
 */
public record RunResult(
    Start start,
    RunSettings settings,
    StopReason stopReason,
    long steps,
    ModelState state,
    Apfloat sharpness,
    Apfloat y,
    Optional<Apfloat> tailBound,
    Apfloat maxSharpness,
    long finalAlternations,
    String detail) {

  /** Returns the final rescaled residual z. */
  public Apfloat z() {
    return state.z();
  }

  /** Returns the digits of the working precision. */
  public int digits() {
    return settings.digits();
  }

  /** Returns whether the run stopped with {@link StopReason#CONVERGED}. */
  public boolean converged() {
    return stopReason == StopReason.CONVERGED;
  }
}
