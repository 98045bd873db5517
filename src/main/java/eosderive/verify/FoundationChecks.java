package eosderive.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.derive.NullclineSeries;
import eosderive.derive.Nullclines;
import eosderive.derive.Symbols;
import eosderive.derive.TwoStepMap;
import eosderive.numeric.EdgeSearch;
import eosderive.numeric.EdgeStart;
import eosderive.numeric.ModelState;
import eosderive.numeric.OneStepMap;
import eosderive.numeric.Precision;
import eosderive.numeric.RootRefiner;
import eosderive.numeric.RunResult;
import eosderive.numeric.RunSettings;
import eosderive.symbolic.BivariatePolynomial;
import eosderive.symbolic.ImplicitSeriesSolver;
import eosderive.symbolic.Localized;
import eosderive.symbolic.PolynomialRing;
import eosderive.symbolic.TruncatedSeries;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.Aprational;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Verification of the two-parameter foundation: each derived result against an independent
 * computation from the model definition.
 */
public final class FoundationChecks {

  private static final PolynomialRing RING = Symbols.RING;

  private FoundationChecks() {}

  /**
   * Compares the expanded two-step polynomials with two exact rational gradient descent steps in Q's
   * eigenbasis, at {@code points} seeded random rational points (z, T, eps, Et).
   */
  public static Check twoStepAgainstIteration(TwoStepMap map, int points, long seed) {
    Random random = new Random(seed);
    int mismatches = 0;
    String firstMismatch = "";
    for (int i = 0; i < points; i++) {
      BigRational z = randomRational(random, -1, 1);
      BigRational t = randomRational(random, 0, 4);
      BigRational eps = randomRational(random, 0, 1).sum(new BigRational(1, 1000));
      BigRational et = randomRational(random, -1, 1);
      Map<String, GenPolynomial<BigRational>> point = new LinkedHashMap<>();
      point.put("z", RING.constant(z));
      point.put("T", RING.constant(t));
      point.put("eps", RING.constant(eps));
      point.put("Et", RING.constant(et));
      BigRational zSymbolic = RING.substitute(map.zNext2(), point).leadingBaseCoefficient();
      BigRational tSymbolic = RING.substitute(map.tNext2(), point).leadingBaseCoefficient();
      ExactIteration.State s = ExactIteration.start(ExactIteration.of(z), ExactIteration.of(t),
          ExactIteration.of(eps.negate()), ExactIteration.of(et)).next().next();
      boolean equal = ExactIteration.toBigRational(s.z()).equals(zSymbolic)
          && ExactIteration.toBigRational(s.sharpness()).equals(tSymbolic);
      if (!equal) {
        mismatches++;
        if (firstMismatch.isEmpty()) {
          firstMismatch = " First mismatch at z=" + z + ", T=" + t + ", eps=" + eps + ", Et="
              + et + ".";
        }
      }
    }
    return new Check("two-step map = two exact GD steps", mismatches == 0,
        mismatches + " of " + points + " points differ", "exact equality",
        "z_(t+2), T_(t+2) from the expanded polynomials versus two gradient descent steps in "
            + "Q's eigenbasis, in exact rational arithmetic, at " + points
            + " random rational points (seed " + seed + ")." + firstMismatch);
  }

  private static BigRational randomRational(Random random, int lo, int hi) {
    int denominator = 1 + random.nextInt(97);
    int numerator = lo * denominator + random.nextInt((hi - lo) * denominator + 1);
    return new BigRational(numerator, denominator);
  }

  /**
   * Compares the symbolic order-by-order coefficients, evaluated at rational eps and Et, with
   * Newton's method on series for the equation specialised to those values first: an
   * independent algorithm on a specialised equation.
   */
  public static Check seriesAgainstNewton(
      NullclineSeries series, TwoStepMap map, BigRational eps, BigRational et) {
    int order = series.order();
    List<String> differing = new ArrayList<>();
    String[] names = {"f_z", "f_T"};
    NullclineSeries.Branch[] branches = {series.zNullcline(), series.tNullcline()};
    GenPolynomial<BigRational>[] equations = dividedEquations(map);
    for (int b = 0; b < 2; b++) {
      Map<String, GenPolynomial<BigRational>> point = Map.of(
          "eps", RING.constant(eps), "Et", RING.constant(et),
          "T", RING.variable("w").sum(RING.constant(2, 1)));
      GenPolynomial<BigRational> specialised = RING.substitute(equations[b], point);
      BivariatePolynomial f = BivariatePolynomial.of(
          RING, specialised, "z", "w", Symbols.EPS_PARAMETERS, order);
      TruncatedSeries newton = ImplicitSeriesSolver.solveNewton(f, order);
      for (int k = 1; k <= order; k++) {
        BigRational symbolic = evaluate(branches[b].shift().coefficient(k), eps, et);
        BigRational numeric = evaluate(newton.coefficient(k), eps, et);
        if (!symbolic.equals(numeric)) {
          differing.add(names[b] + " a_" + k);
        }
      }
    }
    return new Check("nullcline series = Newton series at eps=" + eps + ", Et=" + et,
        differing.isEmpty(),
        differing.isEmpty() ? "all " + 2 * order + " coefficients equal" : "differ: " + differing,
        "exact equality",
        "order-" + order + " coefficients of both nullclines, symbolic in (eps, Et) and "
            + "evaluated, versus Newton's method on series for the equation with eps and Et "
            + "fixed first");
  }

  @SuppressWarnings("unchecked")
  private static GenPolynomial<BigRational>[] dividedEquations(TwoStepMap map) {
    return new GenPolynomial[] {
        Nullclines.divided(map.zNext2(), "z"), Nullclines.divided(map.tNext2(), "T")};
  }

  /** Evaluates num / s^e at rational eps and Et. */
  public static BigRational evaluate(Localized value, BigRational eps, BigRational et) {
    PolynomialRing parameters = value.ring().parameters();
    Map<String, GenPolynomial<BigRational>> point = Map.of(
        "eps", parameters.constant(eps), "Et", parameters.constant(et));
    BigRational numerator = constantOf(parameters.substitute(value.numerator(), point));
    BigRational base = constantOf(parameters.substitute(value.ring().base(), point));
    return numerator.divide(base.power(value.exponent()));
  }

  private static BigRational constantOf(GenPolynomial<BigRational> p) {
    return p.isZERO() ? BigRational.ZERO : p.leadingBaseCoefficient();
  }

  /**
   * Compares the nullcline series with nullclines solved numerically: at z = 1/(20 * 2^i) the
   * equation z_(t+2) = z_t (or T_(t+2) = T_t) is solved for T by two high-precision gradient
   * descent steps and Newton's method, and the error of the truncated series must shrink like
   * z^(N+1). The reported slope is the least-squares slope of log(error) against log(z).
   */
  public static List<Check> seriesAgainstRoots(
      NullclineSeries series, BigRational eps, BigRational et) {
    int order = series.order();
    int digits = 40 + 4 * order;
    Precision precision = Precision.ofDigits(digits + RootRefiner.GUARD_DIGITS);
    List<Check> checks = new ArrayList<>();
    String[] names = {"f_z", "f_T"};
    NullclineSeries.Branch[] branches = {series.zNullcline(), series.tNullcline()};
    for (int b = 0; b < 2; b++) {
      boolean zEquation = b == 0;
      SimpleRegression fit = new SimpleRegression();
      StringBuilder errors = new StringBuilder();
      for (int i = 0; i < 5; i++) {
        BigRational z = new BigRational(1, 20L << i);
        double predicted = seriesValue(branches[b].shift(), eps, et, z).doubleValue();
        Function<Apfloat, Apfloat> g = t -> dividedChange(precision, eps, et, z, t, zEquation);
        Apfloat root = RootRefiner.solveNear(g, centralDifference(g, digits),
            predicted - 0.02, predicted + 0.02, digits);
        Apfloat seriesAtZ = toApfloat(seriesValue(branches[b].shift(), eps, et, z), digits);
        Apfloat error = ApfloatMath.abs(root.subtract(seriesAtZ));
        errors.append(i == 0 ? "" : ", ").append("z=").append(z).append(": ")
            .append(error.precision(3).toString(true));
        fit.addData(Math.log(z.doubleValue()), Math.log(error.doubleValue()));
      }
      double slope = fit.getSlope();
      checks.add(new Check(names[b] + " series error ~ z^(N+1) at eps=" + eps + ", Et=" + et,
          slope > order + 0.5, String.format("slope %.3f", slope),
          "slope > N + 1/2 = " + (order + 0.5),
          "order N = " + order + "; |T_series(z) - T_root(z)|: " + errors
              + "; roots by Brent and Newton at " + digits + " digits on two exact GD steps"));
    }
    return checks;
  }

  /** Evaluates 2 + sum of a_k z^k exactly. */
  private static BigRational seriesValue(TruncatedSeries w, BigRational eps, BigRational et,
      BigRational z) {
    BigRational value = new BigRational(2);
    BigRational power = BigRational.ONE;
    for (int k = 1; k <= w.order(); k++) {
      power = power.multiply(z);
      value = value.sum(evaluate(w.coefficient(k), eps, et).multiply(power));
    }
    return value;
  }

  /** Computes (z_(t+2) - z_t)/z_t or (T_(t+2) - T_t)/z_t by two GD steps from (z, T). */
  private static Apfloat dividedChange(Precision precision, BigRational eps, BigRational et,
      BigRational z, Apfloat t, boolean zEquation) {
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat epsilon = precision.of(ExactIteration.of(eps));
    Apfloat z0 = precision.of(ExactIteration.of(z));
    // Eigen-weights from u + v = T and u - v/eps = Et + 2z.
    Apfloat tMinus1 = h.add(precision.of(ExactIteration.of(et)), h.add(z0, z0));
    Apfloat v = h.divide(h.multiply(epsilon, h.subtract(t, tMinus1)),
        h.add(precision.of(1), epsilon));
    Apfloat u = h.subtract(t, v);
    OneStepMap step = new OneStepMap(precision, epsilon);
    ModelState s = step.next(step.next(new ModelState(u, v, z0)));
    Apfloat change = zEquation
        ? h.subtract(s.z(), z0)
        : h.subtract(s.sharpness(h), t);
    return h.divide(change, z0);
  }

  private static Function<Apfloat, Apfloat> centralDifference(
      Function<Apfloat, Apfloat> g, int digits) {
    return t -> {
      Apfloat step = new Apfloat("1e-" + (digits / 3), t.precision());
      return g.apply(t.add(step)).subtract(g.apply(t.subtract(step)))
          .divide(step.multiply(new Apfloat(2, t.precision())));
    };
  }

  private static Apfloat toApfloat(BigRational r, int digits) {
    Aprational exact = ExactIteration.of(r);
    return exact.numerator().precision(digits + 10)
        .divide(exact.denominator().precision(digits + 10));
  }

  /**
   * Iterates y_inf = T_inf - 2 for each eps from the first two grid starts that reach the edge
   * of stability and reports the residual (y_inf + eps/2)/eps^2. A row passes when both starts
   * converge and |y_inf + eps/2| < eps^2, the O(eps^2) bound of Theorem 3.1 of Agarwala,
   * Pedregosa and Pennington (ICML 2023) with constant 1.
   */
  public static List<Check> limitLadder(List<String> epsilons, int digits) {
    List<Check> checks = new ArrayList<>();
    RunSettings settings = RunSettings.of(digits, "1e-" + (digits - 10), 5_000_000L);
    for (String eps : epsilons) {
      List<EdgeStart> starts = EdgeSearch.find(eps, 2, settings);
      Apfloat epsilon = Precision.ofDigits(digits).parse(eps, "eps");
      FixedPrecisionApfloatHelper h = Precision.ofDigits(digits).helper();
      boolean passed = starts.size() == 2;
      StringBuilder measured = new StringBuilder();
      StringBuilder detail = new StringBuilder();
      for (EdgeStart start : starts) {
        RunResult run = start.run();
        Apfloat residual = h.divide(h.add(run.y(), h.divide(epsilon, new Apfloat(2, digits))),
            h.multiply(epsilon, epsilon));
        passed &= run.converged() && ApfloatMath.abs(residual).compareTo(Apfloat.ONE) < 0;
        measured.append(measured.length() == 0 ? "" : "; ").append("(y+eps/2)/eps^2 = ")
            .append(residual.precision(12).toString(true));
        detail.append(detail.length() == 0 ? "" : "; ").append("start ")
            .append(start.start()).append(": y_inf = ").append(run.y().precision(25)
                .toString(true)).append(" after ").append(run.steps()).append(" steps");
      }
      if (starts.size() < 2) {
        detail.append("only ").append(starts.size()).append(" grid starts reach the edge");
      }
      checks.add(new Check("y_inf at eps=" + eps, passed, measured.toString(),
          "|y_inf + eps/2| < eps^2", detail + "; " + digits + " digits"));
    }
    return checks;
  }
}
