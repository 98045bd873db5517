package eosderive.sweep;

import java.util.ArrayList;
import java.util.List;

import org.apfloat.Apfloat;
import org.apfloat.Apint;
import org.apfloat.Aprational;
import org.apfloat.FixedPrecisionApfloatHelper;

import eosderive.numeric.EdgeCriterion;
import eosderive.numeric.EngineOptions;
import eosderive.numeric.ExactInput;
import eosderive.numeric.HybridResult;
import eosderive.numeric.HybridRunner;
import eosderive.numeric.IterationPath;
import eosderive.numeric.Precision;
import eosderive.numeric.RunResult;
import eosderive.numeric.RunSettings;
import eosderive.numeric.Start;
import eosderive.numeric.StopReason;

/**
 * Classifies every start (z0, T0) of a grid, with Et = 0, at one eps.
 *
 * <p>Each start runs twice: with {@link HybridRunner} at the first precision (double path first)
 * and on the fixed-point path alone at the check precision. Each run gets a class on its own:
 * OUTSIDE_PHYSICAL_REGION if u0 &lt; 0 or v0 &lt; 0, DIVERGES if it stopped DIVERGED, UNDECIDED at
 * the step cap, REACHES_EDGE if it converged and passes {@link EdgeCriterion} against its
 * neighbour (the grid start with the same T0 and the next larger |z0| on the same side of 0,
 * else the next smaller), and otherwise CONVERGES_BELOW or CONVERGES_ABOVE as y_inf &lt; -eps/2
 * or not. The start is SENSITIVE when the two classes differ, or when both converged and
 * |y_1 - y_2| exceeds the sum of their tail bounds plus 10^(5 - digits); otherwise it gets the
 * common class.
 *
 * <p>Starts run in parallel on a fixed pool; the results are assembled in grid order, so the
 * output does not depend on scheduling.
 */
public final class GridSweep {

  private GridSweep() {}

  /** Runs the grid of {@code options} at {@code epsilon}; rows in T0-major, z0-minor order. */
  public static List<GridPoint> run(String epsilon, SweepOptions options, ProgressBar bar) {
    List<Aprational> residuals = values(options.residualRange());
    List<Aprational> sharpnesses = values(options.sharpnessRange());
    RunSettings firstSettings = RunSettings.of(options.digits(), options.gridTolerance(),
        options.gridMaxSteps());
    RunSettings checkSettings = RunSettings.of(options.checkDigits(), options.gridTolerance(),
        options.gridMaxSteps());
    Aprational eps = ExactInput.parse(epsilon, "epsilon");
    Aprational zero = new Aprational(new Apint(0));
    List<Start> starts = new ArrayList<>();
    for (Aprational sharpness : sharpnesses) {
      for (Aprational residual : residuals) {
        starts.add(new Start(residual, sharpness, eps, zero));
      }
    }
    EngineOptions precise = EngineOptions.preciseOnly(IterationPath.FIXED_POINT);
    List<HybridResult[]> runs = ParallelRunner.map(starts, options.threads(), start -> {
      HybridResult[] pair = {HybridRunner.run(start, firstSettings),
          HybridRunner.run(start, checkSettings, precise)};
      bar.advance(1);
      return pair;
    });

    int columns = residuals.size();
    List<GridPoint> points = new ArrayList<>();
    for (int index = 0; index < starts.size(); index++) {
      int neighbour = neighbourIndex(residuals, index, columns);
      HybridResult[] pair = runs.get(index);
      HybridResult[] other = runs.get(neighbour);
      Start start = starts.get(index);
      List<String> notes = new ArrayList<>();
      StartClass first = classify(pair[0].run(), other[0].run(), notes);
      StartClass check = classify(pair[1].run(), other[1].run(), new ArrayList<>());
      StartClass result = first;
      if (first != check) {
        result = StartClass.SENSITIVE;
        notes.add(0, "classes differ: " + first + " at " + options.digits() + " digits, " + check
            + " at " + options.checkDigits());
      } else if (pair[0].run().converged() && pair[1].run().converged()) {
        String disagreement = disagreement(pair[0].run(), pair[1].run(), options.digits());
        if (disagreement != null) {
          result = StartClass.SENSITIVE;
          notes.add(0, disagreement);
        }
      }
      points.add(new GridPoint(epsilon, text(start.z0()), text(start.sharpness0()), result, first,
          check, pair[0], pair[1], String.join("; ", notes)));
    }
    return points;
  }

  /** Returns the class of one run; appends the failed edge conditions to {@code notes}. */
  static StartClass classify(RunResult run, RunResult neighbour, List<String> notes) {
    if (run.stopReason() == StopReason.OUTSIDE_PHYSICAL_REGION) {
      return StartClass.OUTSIDE_PHYSICAL_REGION;
    }
    if (run.stopReason() == StopReason.DIVERGED) {
      return StartClass.DIVERGES;
    }
    if (run.stopReason() == StopReason.STEP_CAP) {
      return StartClass.UNDECIDED;
    }
    List<String> failures = EdgeCriterion.failures(run, neighbour);
    if (failures.isEmpty()) {
      return StartClass.REACHES_EDGE;
    }
    notes.addAll(failures);
    Precision precision = run.settings().precision();
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat edge = h.negate(h.divide(precision.of(run.start().epsilon()), precision.of(2)));
    return run.y().compareTo(edge) < 0 ? StartClass.CONVERGES_BELOW : StartClass.CONVERGES_ABOVE;
  }

  private static String disagreement(RunResult first, RunResult check, int digits) {
    Precision precision = first.settings().precision();
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat allowed = h.add(precision.powerOfTen(5L - digits), h.add(
        first.tailBound().orElse(precision.of(0)), check.tailBound().orElse(precision.of(0))));
    Apfloat difference = h.abs(h.subtract(first.y(), h.valueOf(check.y())));
    if (difference.compareTo(allowed) > 0) {
      return "y_inf differs by " + difference.precision(6).toString(false) + " between the two "
          + "precisions, more than the allowed " + allowed.precision(6).toString(false);
    }
    return null;
  }

  private static int neighbourIndex(List<Aprational> residuals, int index, int columns) {
    int row = index / columns;
    int column = index % columns;
    int sign = residuals.get(column).signum();
    int outward = sign < 0 ? column - 1 : column + 1;
    int inward = sign < 0 ? column + 1 : column - 1;
    int chosen = outward >= 0 && outward < columns ? outward : inward;
    return row * columns + chosen;
  }

  /** Returns the exact grid values first + i (last - first) / (count - 1). */
  static List<Aprational> values(SweepOptions.GridRange range) {
    Aprational first = ExactInput.parse(range.first(), "grid start");
    Aprational last = ExactInput.parse(range.last(), "grid end");
    Aprational step = last.subtract(first).divide(new Aprational(new Apint(range.count() - 1)));
    List<Aprational> values = new ArrayList<>();
    for (int i = 0; i < range.count(); i++) {
      values.add(first.add(step.multiply(new Aprational(new Apint(i)))));
    }
    return values;
  }

  /** Returns an exact rational as "p/q", or "p" for an integer. */
  static String text(Aprational value) {
    return value.denominator().equals(new Apint(1)) ? value.numerator().toString()
        : value.numerator() + "/" + value.denominator();
  }
}
