package eosderive.sweep;

import java.util.ArrayList;
import java.util.List;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

import eosderive.numeric.AcceleratedLimit;
import eosderive.numeric.HybridRunner;
import eosderive.numeric.IterationPath;
import eosderive.numeric.LimitResult;
import eosderive.numeric.LimitSettings;
import eosderive.numeric.Precision;
import eosderive.numeric.RunResult;
import eosderive.numeric.RunSettings;
import eosderive.numeric.Start;
import eosderive.verify.Check;

/** Report rows that check the fast paths against slower, proved ones. */
public final class CrossChecks {

  private CrossChecks() {}

  /**
   * Compares the fiber-series y_inf with plain iteration to a proved tail bound of 1e-50 at
   * eps = 1/100 and 1/1000 from (z0, T0) = (-1/10, 199/100), both at 60 digits. The row passes
   * when both differences are at most 1e-48: the tail bound plus two digits for rounding.
   */
  public static Check accelerationAgainstPlainIteration() {
    RunSettings settings = RunSettings.of(60, "1e-50", 1_000_000);
    Precision precision = settings.precision();
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat worst = precision.of(0);
    List<String> parts = new ArrayList<>();
    boolean converged = true;
    for (String epsilon : List.of("1/100", "1/1000")) {
      Start start = Start.parse("-1/10", "199/100", epsilon, "0");
      LimitResult fast = AcceleratedLimit.compute(start, LimitSettings.of(settings), s -> { });
      RunResult plain = HybridRunner.run(start, settings).run();
      converged &= fast.converged() && fast.accelerated() && plain.converged();
      Apfloat difference = h.abs(h.subtract(fast.y(), plain.y()));
      worst = difference.compareTo(worst) > 0 ? difference : worst;
      parts.add("eps = " + epsilon + ": |difference| " + LadderSweep.significant(difference, 3)
          + " (" + fast.steps() + " against " + plain.steps() + " steps)");
    }
    boolean passed = converged && worst.compareTo(precision.powerOfTen(-48)) <= 0;
    return new Check("fiber-series y_inf vs plain iteration", passed,
        "max |y_series - y_plain| = " + LadderSweep.significant(worst, 3), "1e-48",
        "from (-1/10, 199/100), Et = 0, at 60 digits; plain iteration stops at a proved tail "
            + "bound of 1e-50; " + String.join("; ", parts));
  }

  /**
   * Checks every grid start that the double path certified: its y_inf must lie within the sum of
   * its bound (tail plus rounding) and the check run's tail bound of the check run's y_inf.
   */
  public static Check doublePathWithinBounds(String epsilon, List<GridPoint> points) {
    int certified = 0;
    int violations = 0;
    String worst = "none";
    for (GridPoint point : points) {
      if (point.first().path() != IterationPath.DOUBLE || !point.first().run().converged()
          || !point.check().run().converged()) {
        continue;
      }
      certified++;
      RunResult first = point.first().run();
      RunResult check = point.check().run();
      Precision precision = first.settings().precision();
      FixedPrecisionApfloatHelper h = precision.helper();
      Apfloat allowed = h.add(first.tailBound().orElse(precision.of(0)),
          check.tailBound().orElse(precision.of(0)));
      Apfloat difference = h.abs(h.subtract(first.y(), h.valueOf(check.y())));
      if (difference.compareTo(allowed) > 0) {
        violations++;
        worst = "(" + point.z0() + ", " + point.sharpness0() + ")";
      }
    }
    return new Check("double-path y_inf within its proved bound at eps = " + epsilon,
        violations == 0, certified + " double-path starts, " + violations + " outside",
        "|y_double - y_check| <= bound_double + bound_check",
        "every converged start that the double path certified, against the fixed-point check "
            + "run at higher precision; last violating start: " + worst);
  }
}
