package eosderive.derive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.output.DerivationResult;
import eosderive.symbolic.PolynomialRing;
import eosderive.symbolic.Symja;
import eosderive.verify.ExactNumbers;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The leading-order ODE of the y-dynamics (paper, eqs 18-19 as a flow) and its limit:
 * dz/dt = g y z, dy/dt = (c_21 y + c_20) z^2, with g, c_20, c_21 read off {@link YDynamics}
 * (g = 2, c_20 = -4 eps, c_21 = -2(4 - 3 eps + 4 eps^2) at Et = 0); t counts two-steps.
 *
 * <p>First integral: with w = z^2, dw/dt = 2 g y w, so dy/dw = (c_21 y + c_20) / (2 g y) is
 * separable and I(y) - w is constant, where I = integral of 2 g y / (c_21 y + c_20) dy (Symja
 * integrates it; the derivative is checked). Solving I(y_inf) = I(y0) - z0^2 with
 * p = c_20 / c_21 and v = y + p gives the closed form
 * y_inf = -p (1 + W_0(X)), X = -(v0/p) exp(-v0/p + c_21 z0^2 / (2 g p)),
 * with W_0 the principal branch of the Lambert W function. The line y = y* = -p is invariant,
 * and every start approaches it up to the factor exp(c_21 z0^2 / (2 g p)) ~ exp(-4 z0^2 / eps).
 */
public final class OdeLimit {

  private static final PolynomialRing RING = Symbols.RING;

  private final GenPolynomial<BigRational> g;
  private final GenPolynomial<BigRational> c20;
  private final GenPolynomial<BigRational> c21;
  private final IExpr integral;

  private OdeLimit(GenPolynomial<BigRational> g, GenPolynomial<BigRational> c20,
      GenPolynomial<BigRational> c21, IExpr integral) {
    this.g = g;
    this.c20 = c20;
    this.c21 = c21;
    this.integral = integral;
  }

  /** Reads the ODE off the y-dynamics and integrates dy/dw with Symja. */
  public static OdeLimit derive(YDynamics dynamics, Symja symja) {
    GenPolynomial<BigRational> g = YDynamics.coefficient(dynamics.zDifference(), 1, 1);
    GenPolynomial<BigRational> c20 = YDynamics.coefficient(dynamics.yDifference(), 2, 0);
    GenPolynomial<BigRational> c21 = YDynamics.coefficient(dynamics.yDifference(), 2, 1);
    IExpr integral = symja.eval("Integrate[2*gOde*y/(aOde*y + bOde), y]");
    IExpr check = symja.eval(
        "Together[D[" + integral + ", y] - 2*gOde*y/(aOde*y + bOde)]");
    if (!check.isZero()) {
      throw new IllegalStateException("Symja's first integral fails its derivative check: "
          + integral);
    }
    return new OdeLimit(g, c20, c21, integral);
  }

  /** g(eps, Et): dz/dt = g y z. */
  public GenPolynomial<BigRational> g() {
    return g;
  }

  /** c_20(eps, Et): the z^2 coefficient of dy/dt. */
  public GenPolynomial<BigRational> c20() {
    return c20;
  }

  /** c_21(eps, Et): the y z^2 coefficient of dy/dt. */
  public GenPolynomial<BigRational> c21() {
    return c21;
  }

  /** Evaluates the ODE coefficients {g, c20, c21} at one parameter point. */
  Apfloat[] coefficientsAt(FixedPrecisionApfloatHelper helper, BigRational eps, BigRational et) {
    Map<String, Apfloat> at = Map.of(
        "eps", ExactNumbers.of(helper, eps), "Et", ExactNumbers.of(helper, et));
    return new Apfloat[] {
        ExactNumbers.evaluate(helper, RING, g, at),
        ExactNumbers.evaluate(helper, RING, c20, at),
        ExactNumbers.evaluate(helper, RING, c21, at)};
  }

  /** The closed-form limit y_inf of the ODE from (z0, y0), principal branch of Lambert W. */
  public Apfloat limit(FixedPrecisionApfloatHelper helper, BigRational eps, BigRational et,
      Apfloat z0, Apfloat y0) {
    Apfloat[] c = coefficientsAt(helper, eps, et);
    Apfloat p = helper.divide(c[1], c[2]);
    Apfloat ratio = helper.divide(helper.add(y0, p), p);
    Apfloat exponent = helper.add(helper.negate(ratio), helper.divide(
        helper.multiply(c[2], helper.multiply(z0, z0)),
        helper.multiply(helper.multiply(new Apfloat(2), c[0]), p)));
    Apfloat x = helper.negate(helper.multiply(ratio, helper.exp(exponent)));
    Apfloat one = new Apfloat(1, helper.precision());
    return helper.negate(helper.multiply(p, helper.add(one, helper.w(x))));
  }

  /** I(y) - w with |c_21 y + c_20| in the logarithm: constant along real trajectories. */
  Apfloat invariant(FixedPrecisionApfloatHelper helper, Apfloat[] c, Apfloat z, Apfloat y) {
    Apfloat a = c[2];
    Apfloat b = c[1];
    Apfloat two = new Apfloat(2);
    Apfloat linear = helper.divide(helper.multiply(helper.multiply(two, c[0]), y), a);
    Apfloat log = helper.log(helper.abs(helper.add(b, helper.multiply(a, y))));
    Apfloat logarithmic = helper.divide(helper.multiply(helper.multiply(two, b), helper
        .multiply(c[0], log)), helper.multiply(a, a));
    return helper.subtract(helper.subtract(linear, logarithmic), helper.multiply(z, z));
  }

  /** y* = -c_20 / c_21 at Et = 0, the invariant line of the ODE. */
  public Apfloat invariantLine(FixedPrecisionApfloatHelper helper, BigRational eps) {
    Apfloat[] c = coefficientsAt(helper, eps, BigRational.ZERO);
    return helper.negate(helper.divide(c[1], c[2]));
  }

  /** Builds the {@code ode-limit} result, compared with the map's limit series. */
  public DerivationResult result(LimitSharpness map, YFixedPoint fixedPoint) {
    DerivationResult result = new DerivationResult(
        "ode-limit", "Leading-order ODE of the y-dynamics and its limit");
    result.put("symbols", Symbols.meanings());
    Map<String, String> ode = new LinkedHashMap<>();
    ode.put("dz/dt", "(" + RING.toInput(g) + ")*y*z");
    ode.put("dy/dt", "(" + RING.toInput(c21) + ")*y*z^2 + (" + RING.toInput(c20) + ")*z^2");
    ode.put("dz/dt at Et = 0", "(" + RING.toInput(YDynamics.atEtZero(g)) + ")*y*z");
    ode.put("dy/dt at Et = 0", "(" + RING.toInput(YDynamics.atEtZero(c21)) + ")*y*z^2 + ("
        + RING.toInput(YDynamics.atEtZero(c20)) + ")*z^2");
    result.put("ode", ode);
    result.put("time", "t counts two-steps: the ODE keeps the leading terms of z_(t+2) - z_t"
        + " and y_(t+2) - y_t in the scaling z ~ eps^(1/2), y ~ eps");
    result.put("firstIntegral", "I(y) - z^2 with I(y) = " + integral
        + " and gOde = g, aOde = c21, bOde = c20");
    result.put("closedForm", "y_inf = -p*(1 + ProductLog[X]), p = c20/c21,"
        + " X = -((y0 + p)/p)*Exp[-(y0 + p)/p + c21*z0^2/(2*g*p)]");
    result.put("invariantLine", "y = y* = -c20/c21 = " + fixedPoint.expressionAtEtZero()
        + " at Et = 0; a start (z0, y0) ends at y* + O(exp(c21*z0^2/(2*g*p)))");
    result.put("comparison", OdeLimitChecks.comparisonTable(this, map));
    result.put("comparisonNote", "as z0 grows the ODE limit tends to y*, which agrees with the"
        + " map's y_inf only at order eps: the O(eps^2) terms differ");
    List<GenPolynomial<BigRational>> sides = rightSides(this);
    GenPolynomial<BigRational>[] rate = OdeLimitChecks.exponentRate(this);
    Map<String, String> exact = new LinkedHashMap<>();
    exact.put("dz/dt at Et = 0", RING.toInput(sides.get(0)));
    exact.put("dy/dt at Et = 0", RING.toInput(sides.get(1)));
    exact.put("yStarAtEt0", fixedPoint.expressionAtEtZero());
    exact.put("kappaAtEt0",
        "(" + RING.toInput(rate[0].negate()) + ")/(" + RING.toInput(rate[1]) + ")");
    result.put("exact", exact);
    result.tex(OdeLimitChecks.latex(this, fixedPoint));
    return result;
  }

  /** Returns Symja's first integral, in the symbols gOde, aOde, bOde and y. */
  public IExpr integral() {
    return integral;
  }

  /** dz/dt and dy/dt of the ODE at Et = 0. */
  static List<GenPolynomial<BigRational>> rightSides(OdeLimit ode) {
    GenPolynomial<BigRational> z = RING.variable("z");
    GenPolynomial<BigRational> y = RING.variable("y");
    GenPolynomial<BigRational> dz = YDynamics.atEtZero(ode.g).multiply(y).multiply(z);
    GenPolynomial<BigRational> dy = YDynamics.atEtZero(ode.c21).multiply(y)
        .sum(YDynamics.atEtZero(ode.c20)).multiply(z.multiply(z));
    return List.of(dz, dy);
  }

}
