package eosderive.numeric;

import java.util.Optional;

import org.apfloat.Apfloat;

/**
 * The outcome of {@link AcceleratedLimit#compute}.
 *
 * @param start the exact start
 * @param settings the settings used
 * @param stopReason CONVERGED when y_inf was obtained (by the series or by plain iteration);
 *     otherwise the stop reason of the iteration (DIVERGED, STEP_CAP or
 *     OUTSIDE_PHYSICAL_REGION)
 * @param accelerated whether the series supplied y_inf (false: plain iteration reached the
 *     tolerance first, or the run did not converge)
 * @param steps one-step maps applied, including those after the first switch that feed the
 *     consistency check
 * @param y y_inf = S - 2 from the first switch point, or the final y of plain iteration
 * @param switchZ z at the first switch point (the state whose fiber was solved), or the final z
 * @param errorEstimate for the series: the truncation estimate of {@link AcceleratedLimit};
 *     for plain iteration: the proved tail bound; empty when the run did not converge
 * @param consistency |S_1 - S_2| between the fibers solved at the first and second switch
 *     points (|z| halved in between); empty for plain iteration
 * @param secondY y_inf from the second switch point; empty for plain iteration
 * @param detail one sentence on how the result was obtained or why it failed
 */
public record LimitResult(Start start, LimitSettings settings, StopReason stopReason,
    boolean accelerated, long steps, Apfloat y, Apfloat switchZ, Optional<Apfloat> errorEstimate,
    Optional<Apfloat> consistency, Optional<Apfloat> secondY, String detail) {

  /** Returns whether y_inf was obtained. */
  public boolean converged() {
    return stopReason == StopReason.CONVERGED;
  }
}
