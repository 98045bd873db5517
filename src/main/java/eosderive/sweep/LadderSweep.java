package eosderive.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.FixedPrecisionApfloatHelper;

import eosderive.numeric.AcceleratedLimit;
import eosderive.numeric.LimitResult;
import eosderive.numeric.LimitSettings;
import eosderive.numeric.Precision;
import eosderive.numeric.RunSettings;
import eosderive.numeric.Start;
import eosderive.verify.Check;

/**
 * y_inf over a ladder of eps with {@link AcceleratedLimit}, each rung at two precisions, and the
 * report rows that compare it with the leading-order edge value -eps/2.
 */
public final class LadderSweep {

  /** Residual digits a rung needs to pass its check row. */
  public static final int REQUIRED_RESIDUAL_DIGITS = 10;

  private LadderSweep() {}

  /** Runs every rung of {@code options} at both precisions, two runs per pool task. */
  public static List<LadderPoint> run(SweepOptions options, ProgressBar bar) {
    List<String[]> tasks = new ArrayList<>();
    for (String epsilon : options.ladderEpsilons()) {
      tasks.add(new String[] {epsilon, Integer.toString(options.digits())});
      tasks.add(new String[] {epsilon, Integer.toString(options.checkDigits())});
    }
    List<LimitResult> results = ParallelRunner.map(tasks, options.threads(), task -> {
      Start start = Start.parse(options.ladderStart().get(0), options.ladderStart().get(1),
          task[0], "0");
      RunSettings settings = RunSettings.of(Integer.parseInt(task[1]), options.ladderTolerance(),
          options.maxSteps());
      LimitResult result = AcceleratedLimit.compute(start, LimitSettings.of(settings), s -> { });
      bar.advance(1);
      return result;
    });
    List<LadderPoint> points = new ArrayList<>();
    for (int i = 0; i < options.ladderEpsilons().size(); i++) {
      points.add(point(options.ladderEpsilons().get(i), results.get(2 * i),
          results.get(2 * i + 1)));
    }
    return points;
  }

  private static LadderPoint point(String epsilon, LimitResult first, LimitResult check) {
    Precision precision = check.settings().run().precision();
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat eps = precision.of(check.start().epsilon());
    Apfloat residual = h.divide(h.add(check.y(), h.divide(eps, precision.of(2))),
        h.multiply(eps, eps));
    Apfloat error = h.abs(h.subtract(h.valueOf(first.y()), check.y()));
    error = h.add(error, check.errorEstimate().orElse(precision.of(0)));
    error = h.add(error, check.consistency().orElse(precision.of(0)));
    Apfloat residualError = h.divide(error, h.multiply(eps, eps));
    int digits = precision.digits();
    if (residualError.signum() != 0 && residual.signum() != 0) {
      double ratio = log10(h.abs(residual)) - log10(residualError);
      digits = (int) Math.max(0, Math.min(digits, Math.floor(ratio)));
    }
    return new LadderPoint(epsilon, first, check, residual, error, digits);
  }

  /** Returns one report row per rung: y_inf against -eps/2 and the residual's digits. */
  public static List<Check> checks(List<LadderPoint> points) {
    List<Check> rows = new ArrayList<>();
    for (LadderPoint point : points) {
      LimitResult check = point.check();
      boolean converged = point.first().converged() && check.converged();
      boolean withinSquare = point.residual().doubleValue() > -1
          && point.residual().doubleValue() < 1;
      boolean passed = converged && withinSquare
          && point.residualDigits() >= REQUIRED_RESIDUAL_DIGITS;
      String residual = converged ? significant(point.residual(), point.residualDigits() + 2)
          : "not converged";
      rows.add(new Check("y_inf vs -eps/2 at eps = " + point.epsilon(), passed,
          "(y_inf + eps/2)/eps^2 = " + residual + " (" + point.residualDigits()
              + " correct digits)",
          "|y_inf + eps/2| < eps^2 and >= " + REQUIRED_RESIDUAL_DIGITS + " residual digits",
          String.format(Locale.ROOT, "y_inf = %s from (z0, T0) = (%s, %s), Et = 0, by the fiber"
              + " series at %d and %d digits (error bound for the digit count %s: precision "
              + "difference + series estimate + consistency); %d steps; %s",
              significant(check.y(), 30), check.start().z0(), check.start().sharpness0(),
              point.first().settings().run().digits(), check.settings().run().digits(),
              significant(point.error(), 3), check.steps(), check.detail())));
    }
    return rows;
  }

  /** Returns {@code x} in scientific notation with {@code digits} significant digits. */
  static String significant(Apfloat x, int digits) {
    if (x.signum() == 0) {
      return "0";
    }
    return x.precision(Math.max(1, Math.min(digits, x.precision()))).toString(false);
  }

  /** Returns log10 of a positive number of any magnitude, to double accuracy. */
  private static double log10(Apfloat positive) {
    long scale = positive.scale();
    return scale + Math.log10(ApfloatMath.scale(positive, -scale).doubleValue());
  }
}
