package eosderive.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.latex.Display;
import eosderive.latex.ResultTex;
import eosderive.symbolic.PolynomialRing;
import eosderive.verify.Check;
import eosderive.verify.ExactNumbers;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Checks and tables of {@link OdeLimit}: the closed form against a Dormand-Prince 8(5,3)
 * integration of the ODE (Commons Math 3.6.1, absolute tolerance 1e-14, relative 1e-12), and the
 * ODE's limit against the map's y_inf series.
 */
public final class OdeLimitChecks {

  private static final PolynomialRing RING = Symbols.RING;
  private static final int PRECISION = 40;
  private static final BigRational[] TABLE_EPS = {
      new BigRational(1, 10), new BigRational(1, 100), new BigRational(1, 1000)};

  private OdeLimitChecks() {}

  /** Rows: closed form against numerical integration, and the ODE limit against the map. */
  public static List<Check> checks(OdeLimit ode, LimitSharpness map, YFixedPoint fixedPoint) {
    FixedPrecisionApfloatHelper helper = new FixedPrecisionApfloatHelper(PRECISION);
    List<Check> rows = new ArrayList<>();
    for (BigRational eps : List.of(new BigRational(1, 10), new BigRational(1, 30),
        new BigRational(1, 100))) {
      for (BigRational[] start : List.of(
          new BigRational[] {new BigRational(1, 2), BigRational.ZERO},
          new BigRational[] {new BigRational(1, 5), eps.multiply(new BigRational(-1, 4))})) {
        Apfloat closed = ode.limit(helper, eps, BigRational.ZERO,
            ExactNumbers.of(helper, start[0]), ExactNumbers.of(helper, start[1]));
        double integrated = integrate(ode, helper, eps, start[0], start[1]);
        double error = Math.abs(integrated - closed.doubleValue());
        rows.add(new Check("ode-limit closed form eps=" + eps + " z0=" + start[0] + " y0="
            + start[1], error <= 1e-10, String.format(Locale.ROOT, "%.3e", error), "1e-10",
            String.format(Locale.ROOT, "Lambert-W closed form %s against Dormand-Prince 8(5,3)"
                + " to t = 80/eps, %s", closed.precision(17), integrated)));
      }
    }
    BigRational gap = gapCoefficient(map, fixedPoint);
    for (BigRational eps : List.of(new BigRational(1, 100), new BigRational(1, 1000))) {
      Apfloat e = ExactNumbers.of(helper, eps);
      Apfloat line = ode.invariantLine(helper, eps);
      Apfloat ratio = helper.divide(helper.subtract(line, seriesValue(helper, map, e)),
          helper.multiply(e, e));
      double deviation = Math.abs(ratio.doubleValue() - gap.doubleValue());
      double tolerance = 4 * eps.doubleValue() * nextGapBound(map, fixedPoint);
      rows.add(new Check("ode-limit vs map eps=" + eps, deviation <= tolerance,
          ratio.precision(12).toString(), gap + " +- " + String.format(Locale.ROOT, "%.2e",
              tolerance),
          "(y* - y_inf(map))/eps^2 with y* the ODE's limit for z0^2 >> eps; it tends to the"
              + " difference of the eps^2 coefficients, so the ODE is right at O(eps) only"));
    }
    return rows;
  }

  /** s_2 - c_2: the eps^2 coefficient of y* minus that of y_inf. */
  static BigRational gapCoefficient(LimitSharpness map, YFixedPoint fixedPoint) {
    return fixedPoint.seriesAtEtZero().get(2).subtract(map.coefficient(2));
  }

  /** |s_3 - c_3| + 1, a bound for the drift of (y* - y_inf)/eps^2 with eps. */
  private static double nextGapBound(LimitSharpness map, YFixedPoint fixedPoint) {
    return Math.abs(fixedPoint.seriesAtEtZero().get(3).subtract(map.coefficient(3))
        .doubleValue()) + 1;
  }

  static Apfloat seriesValue(FixedPrecisionApfloatHelper helper, LimitSharpness map, Apfloat e) {
    Apfloat sum = new Apfloat(0, helper.precision());
    List<BigRational> c = map.coefficients();
    for (int k = c.size(); k >= 1; k--) {
      sum = helper.multiply(helper.add(sum, ExactNumbers.of(helper, c.get(k - 1))), e);
    }
    return sum;
  }

  /** Integrates the ODE at Et = 0 from (z0, y0) to t = 80/eps and returns y. */
  static double integrate(OdeLimit ode, FixedPrecisionApfloatHelper helper, BigRational eps,
      BigRational z0, BigRational y0) {
    Apfloat[] c = ode.coefficientsAt(helper, eps, BigRational.ZERO);
    double g = c[0].doubleValue();
    double c20 = c[1].doubleValue();
    double c21 = c[2].doubleValue();
    FirstOrderDifferentialEquations equations = new FirstOrderDifferentialEquations() {
      @Override
      public int getDimension() {
        return 2;
      }

      @Override
      public void computeDerivatives(double t, double[] s, double[] ds) {
        ds[0] = g * s[1] * s[0];
        ds[1] = (c21 * s[1] + c20) * s[0] * s[0];
      }
    };
    DormandPrince853Integrator integrator =
        new DormandPrince853Integrator(1e-12, 1e3, 1e-14, 1e-12);
    double[] state = {z0.doubleValue(), y0.doubleValue()};
    integrator.integrate(equations, 0, state, 80 / eps.doubleValue(), state);
    return state[1];
  }

  /** Tabulates the ODE limit, y* and the map's y_inf at z0 = 1/2, y0 = 0, eps = 1/10 ... 1/1000. */
  static Map<String, Object> comparisonTable(OdeLimit ode, LimitSharpness map) {
    FixedPrecisionApfloatHelper helper = new FixedPrecisionApfloatHelper(PRECISION);
    Map<String, Object> table = new LinkedHashMap<>();
    for (BigRational eps : TABLE_EPS) {
      Apfloat e = ExactNumbers.of(helper, eps);
      Apfloat odeLimit = ode.limit(helper, eps, BigRational.ZERO,
          ExactNumbers.of(helper, 1, 2), new Apfloat(0, PRECISION));
      Apfloat line = ode.invariantLine(helper, eps);
      Apfloat series = seriesValue(helper, map, e);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("odeLimitFromZ0=1/2,y0=0", odeLimit.precision(16).toString(true));
      row.put("invariantLineYStar", line.precision(16).toString(true));
      row.put("mapLimitSeries", series.precision(16).toString(true));
      row.put("(yStar - mapLimit)/eps^2", helper.divide(helper.subtract(line, series),
          helper.multiply(e, e)).precision(12).toString(true));
      table.put("eps=" + eps, row);
    }
    return table;
  }

  /** The z0^2 coefficient c_21 / (2 g p) = c_21^2 / (2 g c_20) of the exponent at Et = 0. */
  static GenPolynomial<BigRational>[] exponentRate(OdeLimit ode) {
    GenPolynomial<BigRational> g = YDynamics.atEtZero(ode.g());
    GenPolynomial<BigRational> c20 = YDynamics.atEtZero(ode.c20());
    GenPolynomial<BigRational> c21 = YDynamics.atEtZero(ode.c21());
    return YFixedPoint.lowestTerms(c21.multiply(c21), g.multiply(c20).multiply(new BigRational(2)));
  }

  /** Formats the ODE, its first integral and the closed-form limit at Et = 0. */
  static String latex(OdeLimit ode, YFixedPoint fixedPoint) {
    GenPolynomial<BigRational> c20 = YDynamics.atEtZero(ode.c20());
    GenPolynomial<BigRational> c21 = YDynamics.atEtZero(ode.c21());
    GenPolynomial<BigRational>[] rate = exponentRate(ode);
    GenPolynomial<BigRational>[] star = YFixedPoint.lowestTerms(c20.negate(), c21);
    List<GenPolynomial<BigRational>> sides = OdeLimit.rightSides(ode);
    StringBuilder tex = new StringBuilder(ResultTex.text("Leading-order ODE of the"
        + " $\\eosy$-dynamics at $\\eosEt = 0$ ($t$ counts two-steps), with coefficients read"
        + " off the $\\eosy$-expansion:"));
    tex.append(new Display()
        .add("rhs json:exact.dz/dt at Et = 0", "\\frac{d\\eosz}{dt}",
            ResultTex.terms(sides.get(0)))
        .add("rhs json:exact.dy/dt at Et = 0", "\\frac{d\\eosy}{dt}",
            ResultTex.terms(sides.get(1)))
        .toTex());
    tex.append(ResultTex.text("Writing it as $\\frac{d\\eosz}{dt} = g\\,\\eosy\\eosz$,"
        + " $\\frac{d\\eosy}{dt} = (c_{20} + c_{21}\\eosy)\\eosz^{2}$, it has the first"
        + " integral $I(\\eosy) - \\eosz^{2}$ with $I(\\eosy) = \\int \\frac{2g\\,\\eosy}"
        + "{c_{21}\\eosy + c_{20}}\\,d\\eosy = \\frac{2g}{c_{21}}\\Bigl(\\eosy"
        + " - \\frac{c_{20}}{c_{21}}\\ln\\lvert c_{21}\\eosy + c_{20}\\rvert\\Bigr)$, so a"
        + " start $(\\eosz_0, \\eosy_0)$ ends at $\\eosy_\\infty = \\eosy^*\\bigl(1"
        + " + W_0(X)\\bigr)$ with $X = r\\exp\\bigl(r - \\kappa\\,\\eosz_0^{2}\\bigr)$,"
        + " $r = (\\eosy_0 - \\eosy^*)/\\eosy^*$, $W_0$ the principal branch of the Lambert"
        + " $W$ function, and"));
    tex.append(new Display()
        .add("rhs json:exact.yStarAtEt0", "\\eosy^*", ResultTex.quotient(star[0], star[1]))
        .add("rhs json:exact.kappaAtEt0", "\\kappa",
            ResultTex.quotient(rate[0].negate(), rate[1]))
        .toTex());
    tex.append(ResultTex.text("The line $\\eosy = \\eosy^*$ is invariant, so for"
        + " $\\eosz_0^2 \\gg \\eoseps$ the ODE predicts $\\eosy_\\infty = \\eosy^*$, which"
        + " agrees with the map only at first order in $\\eoseps$."));
    return tex.toString();
  }


}
