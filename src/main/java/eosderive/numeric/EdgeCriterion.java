package eosderive.numeric;

import java.util.ArrayList;
import java.util.List;

import org.apfloat.Apfloat;
import org.apfloat.Aprational;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * The definition of "a start reaches the edge of stability" for Et = 0, used by
 * {@link EdgeSearch}.
 *
 * <p>A run from a start with eigenvalue -eps qualifies when all five conditions hold:
 *
 * <ol>
 *   <li>It stops CONVERGED.
 *   <li>Its sharpness exceeds 2 at some step: progressive sharpening carried T across the edge,
 *       so the final T &lt; 2 was reached by self-stabilisation and not by approaching 2 from
 *       below.
 *   <li>Its last ceil(1/eps) or more steps all flip the sign of z: a period-2 oscillation over
 *       at least the O(1/eps) steps that the edge phase lasts.
 *   <li>|y_inf + eps/2| &lt; eps/4: the final sharpness sits in the band around the edge value
 *       -eps/2 that Theorem 3.1 of Agarwala, Pedregosa and Pennington (ICML 2023) predicts to
 *       leading order.
 *   <li>A neighbouring start, the next grid start with larger |z0| and the same T0, also
 *       converges, and |y_inf - y_inf(neighbour)| &lt;= eps^3.
 * </ol>
 *
 * <p>Condition 5 is what separates starts that reach the edge from starts that stop short. The
 * edge is an attractor: starts that reach it forget where they came from up to an exponentially
 * small remainder, so their y_inf barely moves when the start moves. A start whose z decays
 * before self-stabilisation completes freezes at a y_inf that still depends on the start at
 * order eps, and it can pass conditions 1 to 4 by landing inside the band by chance. The
 * threshold eps^3 is one order below the eps^2 residual that the y_inf ladder measures.
 */
public final class EdgeCriterion {

  private EdgeCriterion() {}

  /**
   * Returns the conditions that {@code run} fails, one sentence each, or an empty list when it
   * qualifies.
   *
   * @param neighbour the run from the neighbouring start, or null when there is none
   */
  public static List<String> failures(RunResult run, RunResult neighbour) {
    List<String> failed = new ArrayList<>();
    Precision precision = run.settings().precision();
    FixedPrecisionApfloatHelper h = precision.helper();
    Aprational epsilonExact = run.start().epsilon();
    Apfloat epsilon = precision.of(epsilonExact);
    if (!run.converged()) {
      failed.add("run stopped with " + run.stopReason() + ", not CONVERGED");
      return failed;
    }

    if (run.maxSharpness().compareTo(precision.of(2)) <= 0) {
      failed.add("sharpness never exceeded 2 (max " + Display.brief(run.maxSharpness()) + ")");
    }

    long minimumAlternations = ceilingOfInverse(epsilonExact);
    if (run.finalAlternations() < minimumAlternations) {
      failed.add("only " + run.finalAlternations() + " final sign flips of z, fewer than "
          + minimumAlternations + " = ceil(1/eps)");
    }

    Apfloat offset = h.abs(h.add(run.y(), h.divide(epsilon, precision.of(2))));
    if (offset.compareTo(h.divide(epsilon, precision.of(4))) >= 0) {
      failed.add("|y_inf + eps/2| = " + Display.brief(offset) + " is not below eps/4");
    }

    if (neighbour == null || !neighbour.converged()) {
      failed.add("no converged neighbouring start to compare y_inf with");
    } else {
      Apfloat spread = h.abs(h.subtract(run.y(), neighbour.y()));
      Apfloat limit = h.multiply(epsilon, h.multiply(epsilon, epsilon));
      if (spread.compareTo(limit) > 0) {
        failed.add("y_inf differs from the neighbouring start's by " + Display.brief(spread)
            + ", more than eps^3 = " + Display.brief(limit));
      }
    }
    return failed;
  }

  /** Returns whether {@code run} qualifies, that is whether {@link #failures} is empty. */
  public static boolean reachesEdge(RunResult run, RunResult neighbour) {
    return failures(run, neighbour).isEmpty();
  }

  private static long ceilingOfInverse(Aprational epsilon) {
    var numerator = epsilon.denominator().toBigInteger();
    var denominator = epsilon.numerator().toBigInteger();
    var quotient = numerator.add(denominator).subtract(java.math.BigInteger.ONE)
        .divide(denominator);
    return quotient.longValueExact();
  }
}
