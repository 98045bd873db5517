package eosderive.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;

import eosderive.numeric.AcceleratedLimit;
import eosderive.numeric.LimitResult;
import eosderive.numeric.LimitSettings;
import eosderive.numeric.Precision;
import eosderive.numeric.RunSettings;
import eosderive.numeric.Start;
import eosderive.output.DerivationResult;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Compares the derived eps-series of the limiting sharpness with y_inf computed numerically
 * for small eps, where plain iteration would need O(1/eps) steps and the accelerated limit of
 * {@link AcceleratedLimit} takes over once z is small.
 */
public final class LimitLadderChecks {

  /** The start of every run: it reaches the edge of stability for eps <= 1/10. */
  static final String START_Z = "-1/10";
  static final String START_T = "199/100";

  /** Tolerance of each numeric run. */
  static final String RUN_TOLERANCE = "1e-30";

  private LimitLadderChecks() {}

  /**
   * Runs the accelerated limit at each eps and compares y_inf with the series read from the
   * {@code limit-series} result. A row passes when the difference is within the numeric
   * tolerance plus an estimate of the series truncation error, 40 |c_K eps^K| eps, which
   * assumes the coefficient ratios c_(k+1)/c_k stay below 40 (they are about 3.2 at K = 10).
   */
  public static List<Check> acceleratedLadder(
      List<String> epsilons, List<DerivationResult> results, int digits) {
    DerivationResult series = results.stream().filter(r -> r.name().equals("limit-series"))
        .findFirst().orElseThrow(() -> new IllegalStateException("no limit-series result"));
    @SuppressWarnings("unchecked")
    Map<String, String> coefficients = (Map<String, String>) series.get("coefficients");
    Precision precision = Precision.ofDigits(digits);
    FixedPrecisionApfloatHelper h = precision.helper();
    List<Check> checks = new ArrayList<>();
    for (String eps : epsilons) {
      Start start = Start.parse(START_Z, START_T, eps, "0");
      RunSettings run = RunSettings.of(digits, RUN_TOLERANCE, 400_000_000L);
      LimitResult limit = AcceleratedLimit.compute(start, LimitSettings.of(run), steps -> { });
      BigRational epsilon = ExactIteration.toBigRational(start.epsilon());
      BigRational value = BigRational.ZERO;
      BigRational lastTerm = BigRational.ZERO;
      for (Map.Entry<String, String> c : coefficients.entrySet()) {
        lastTerm = new BigRational(c.getValue()).multiply(epsilon.power(Integer.parseInt(c.getKey())));
        value = value.sum(lastTerm);
      }
      Apfloat predicted = precision.of(ExactIteration.of(value));
      Apfloat difference = ApfloatMath.abs(h.subtract(limit.y(), predicted));
      Apfloat truncation = precision.of(ExactIteration.of(lastTerm.abs()
          .multiply(new BigRational(40)).multiply(epsilon)));
      Apfloat tolerance = h.add(precision.parse(RUN_TOLERANCE, "tolerance"), truncation);
      Apfloat e = precision.of(start.epsilon());
      Apfloat residual = h.divide(h.add(limit.y(), h.divide(e, precision.of(2))), h.multiply(e, e));
      boolean passed = limit.converged() && difference.compareTo(tolerance) <= 0;
      checks.add(new Check("y_inf series vs accelerated GD at eps=" + eps, passed,
          "|y_GD - y_series| = " + difference.precision(3).toString(false)
              + "; (y_inf + eps/2)/eps^2 = " + residual.precision(20).toString(true),
          "<= " + tolerance.precision(3).toString(false),
          "order-" + coefficients.size() + " series versus gradient descent from (z0, T0) = ("
              + START_Z + ", " + START_T + ") at " + digits + " digits with run tolerance "
              + RUN_TOLERANCE + ", " + limit.steps() + " steps; the row tolerance adds the "
              + "estimated series truncation 40 |c_K eps^(K+1)|; " + limit.detail()));
    }
    return checks;
  }
}
