package eosderive.numeric;

import java.util.ArrayList;
import java.util.List;

import org.apfloat.Apfloat;
import org.apfloat.Aprational;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Computes y_inf = T_inf - 2 for a list of eps and starts, and the residual (y_inf + eps/2) /
 * eps^2 against the leading-order value -eps/2 (Theorem 3.1 of Agarwala, Pedregosa and
 * Pennington, ICML 2023, for Et = 0).
 *
 * <p>Each row also reports how far its starts agree. Starts that reach the edge of stability
 * differ in y_inf only by a remainder that shrinks exponentially as eps decreases, so their
 * agreement grows from a few digits at eps = 1/10 to the full precision at eps = 1/100.
 */
public final class YLadder {

  private YLadder() {}

  /**
   * Runs every start of every rung with {@code settings}.
   *
   * @param rungs the eps values, each with its starts; every start must have that eps
   * @throws IllegalArgumentException if a rung is empty or a start has another eps
   */
  public static List<LadderRow> compute(List<Rung> rungs, RunSettings settings) {
    List<LadderRow> rows = new ArrayList<>();
    for (Rung rung : rungs) {
      rows.add(computeRow(rung, settings));
    }
    return rows;
  }

  /**
   * The starts of one ladder row.
   *
   * @param epsilon eps as an exact decimal or rational string such as "1/100"
   * @param starts the starts, each with this eps; the last one is the reference for deviations
   */
  public record Rung(String epsilon, List<Start> starts) {

    /** Builds a rung of Et = 0 starts from (z0, T0) string pairs such as {"-0.3", "1.9"}. */
    public static Rung ofPairs(String epsilon, List<List<String>> residualAndSharpness) {
      List<Start> starts = new ArrayList<>();
      for (List<String> pair : residualAndSharpness) {
        starts.add(Start.parse(pair.get(0), pair.get(1), epsilon, "0"));
      }
      return new Rung(epsilon, List.copyOf(starts));
    }
  }

  private static LadderRow computeRow(Rung rung, RunSettings settings) {
    Aprational epsilonExact = ExactInput.parse(rung.epsilon(), "epsilon");
    if (rung.starts().isEmpty()) {
      throw new IllegalArgumentException("the rung for epsilon = " + rung.epsilon()
          + " has no starts; pass at least one start");
    }
    Precision precision = settings.precision();
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat epsilon = precision.of(epsilonExact);
    Apfloat halfEpsilon = h.divide(epsilon, precision.of(2));
    Apfloat epsilonSquared = h.multiply(epsilon, epsilon);

    List<RunResult> runs = new ArrayList<>();
    for (Start start : rung.starts()) {
      if (start.epsilon().compareTo(epsilonExact) != 0) {
        throw new IllegalArgumentException("start " + start + " has epsilon " + start.epsilon()
            + " but its rung has epsilon " + rung.epsilon() + "; put it in the matching rung");
      }
      runs.add(GdRunner.run(start, settings));
    }
    Apfloat reference = runs.get(runs.size() - 1).y();
    List<LadderEntry> entries = new ArrayList<>();
    boolean allConverged = true;
    Apfloat maxDeviation = precision.of(0);
    for (RunResult run : runs) {
      Apfloat residual = h.divide(h.add(run.y(), halfEpsilon), epsilonSquared);
      Apfloat deviation = h.subtract(run.y(), reference);
      entries.add(new LadderEntry(run, residual, deviation));
      allConverged &= run.converged();
      if (h.abs(deviation).compareTo(maxDeviation) > 0) {
        maxDeviation = h.abs(deviation);
      }
    }
    Apfloat tolerance = precision.of(settings.tolerance());
    boolean limited = maxDeviation.compareTo(h.add(tolerance, tolerance)) <= 0;
    int agreeing = allConverged ? agreeingDigits(precision, reference, maxDeviation) : 0;
    return new LadderRow(epsilonExact, List.copyOf(entries), allConverged, agreeing, limited);
  }

  private static int agreeingDigits(Precision precision, Apfloat reference, Apfloat deviation) {
    if (deviation.signum() == 0 || reference.signum() == 0) {
      return reference.signum() == 0 ? 0 : precision.digits();
    }
    // The scales of the two numbers fix the digit count up to one; compare exactly at the edge.
    long estimate = reference.scale() - deviation.scale();
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat absReference = h.abs(reference);
    while (estimate > 0 && h.multiply(deviation, precision.powerOfTen(estimate))
        .compareTo(absReference) > 0) {
      estimate--;
    }
    while (h.multiply(deviation, precision.powerOfTen(estimate + 1)).compareTo(absReference) <= 0
        && estimate < precision.digits()) {
      estimate++;
    }
    return (int) Math.min(Math.max(estimate, 0), precision.digits());
  }
}
