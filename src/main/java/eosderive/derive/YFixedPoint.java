package eosderive.derive;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;
import edu.jas.ufd.GCDFactory;
import edu.jas.ufd.GreatestCommonDivisorAbstract;

import eosderive.latex.Display;
import eosderive.latex.ResultTex;
import eosderive.output.DerivationResult;
import eosderive.symbolic.GradedTruncation;
import eosderive.symbolic.PolynomialRing;

/**
 * The fixed point y* of the leading y-equation (paper, eqs 18-19).
 *
 * <p>In the scaling z ~ eps^(1/2), y ~ eps the leading terms of y_(t+2) - y_t are
 * z^2 (c_20 + c_21 y), with c_20 and c_21 the coefficients of z^2 and z^2 y in
 * {@link YDynamics#yDifference()}, kept exact in eps and Et. They vanish for every z at
 * y* = -c_20 / c_21. The eps-series of y* needs c_21(eps = 0) != 0, which is checked.
 */
public final class YFixedPoint {

  /** Default order of the eps-series. */
  public static final int DEFAULT_ORDER = 10;

  private static final PolynomialRing RING = Symbols.RING;
  private static final GreatestCommonDivisorAbstract<BigRational> GCD =
      GCDFactory.getImplementation(new BigRational());

  private final int order;
  private final GenPolynomial<BigRational> c20;
  private final GenPolynomial<BigRational> c21;
  private final GenPolynomial<BigRational> numerator;
  private final GenPolynomial<BigRational> denominator;
  private final GenPolynomial<BigRational> series;

  private YFixedPoint(int order, GenPolynomial<BigRational> c20, GenPolynomial<BigRational> c21) {
    this.order = order;
    this.c20 = c20;
    this.c21 = c21;
    GenPolynomial<BigRational>[] reduced = lowestTerms(c20.negate(), c21);
    this.numerator = reduced[0];
    this.denominator = reduced[1];
    GradedTruncation inEps = new GradedTruncation(RING, Map.of("eps", 1), order);
    this.series = inEps.multiply(c20.negate(), inEps.inverse(c21));
  }

  /** Reads c_20 and c_21 off the y-dynamics and expands y* to eps^K. */
  public static YFixedPoint derive(YDynamics dynamics, int order) {
    GenPolynomial<BigRational> d = dynamics.yDifference();
    return new YFixedPoint(order, YDynamics.coefficient(d, 2, 0), YDynamics.coefficient(d, 2, 1));
  }

  /** p/q with gcd cancelled and q integral, primitive, with a positive leading coefficient. */
  static GenPolynomial<BigRational>[] lowestTerms(
      GenPolynomial<BigRational> p, GenPolynomial<BigRational> q) {
    GenPolynomial<BigRational> g = GCD.gcd(p, q);
    GenPolynomial<BigRational> num = p.divide(g);
    GenPolynomial<BigRational> den = q.divide(g);
    BigRational scale = integralScale(den);
    @SuppressWarnings("unchecked")
    GenPolynomial<BigRational>[] result = new GenPolynomial[] {
        num.multiply(scale), den.multiply(scale)};
    return result;
  }

  private static BigRational integralScale(GenPolynomial<BigRational> q) {
    BigInteger lcm = BigInteger.ONE;
    BigInteger gcd = BigInteger.ZERO;
    for (Monomial<BigRational> m : q) {
      BigInteger d = m.c.denominator();
      lcm = lcm.divide(lcm.gcd(d)).multiply(d);
    }
    for (Monomial<BigRational> m : q) {
      gcd = gcd.gcd(m.c.multiply(new BigRational(lcm)).numerator());
    }
    BigRational scale = new BigRational(lcm).divide(new BigRational(gcd));
    return RING.sortedTerms(q).get(0).c.signum() < 0 ? scale.negate() : scale;
  }

  /** c_20(eps, Et): the coefficient of z^2. */
  public GenPolynomial<BigRational> c20() {
    return c20;
  }

  /** c_21(eps, Et): the coefficient of z^2 y. */
  public GenPolynomial<BigRational> c21() {
    return c21;
  }

  /** y* = numerator / denominator in lowest terms. */
  public GenPolynomial<BigRational> numerator() {
    return numerator;
  }

  public GenPolynomial<BigRational> denominator() {
    return denominator;
  }

  /** Returns the eps-series of y* to eps^K, with coefficients polynomial in Et. */
  public GenPolynomial<BigRational> series() {
    return series;
  }

  /** s_0 ... s_K with y* = sum of s_k eps^k at Et = 0. */
  public List<BigRational> seriesAtEtZero() {
    GenPolynomial<BigRational> atZero = YDynamics.atEtZero(series);
    List<BigRational> result = new ArrayList<>();
    for (int k = 0; k <= order; k++) {
      GenPolynomial<BigRational> c = RING.coefficient(atZero, "eps", k);
      result.add(c.isZERO() ? BigRational.ZERO : c.leadingBaseCoefficient());
    }
    return result;
  }

  /** y* at Et = 0 as a Symja expression. */
  public String expressionAtEtZero() {
    GenPolynomial<BigRational>[] r =
        lowestTerms(YDynamics.atEtZero(numerator), YDynamics.atEtZero(denominator));
    return "(" + RING.toInput(r[0]) + ")/(" + RING.toInput(r[1]) + ")";
  }

  /** Builds the {@code y-fixed-point} result. */
  public DerivationResult result() {
    DerivationResult result = new DerivationResult(
        "y-fixed-point", "Fixed point y* of the leading y-equation");
    result.put("symbols", Symbols.meanings());
    result.put("order", order);
    result.put("leadingEquation", "y_(t+2) - y_t = z^2*(c20 + c21*y), c20 = "
        + RING.toInput(c20) + ", c21 = " + RING.toInput(c21));
    result.put("fixedPoint", "(" + RING.toInput(numerator) + ")/(" + RING.toInput(denominator)
        + ")");
    result.put("fixedPointAtEt0", expressionAtEtZero());
    Map<String, String> table = new LinkedHashMap<>();
    List<BigRational> atZero = seriesAtEtZero();
    for (int k = 1; k <= order; k++) {
      table.put(Integer.toString(k), RING.toInput(RING.constant(atZero.get(k))));
    }
    result.put("coefficients", table);
    Map<String, String> withEt = new LinkedHashMap<>();
    for (int k = 1; k <= order; k++) {
      withEt.put(Integer.toString(k), RING.toInput(RING.coefficient(series, "eps", k)));
    }
    result.put("coefficientsInEt", withEt);
    result.put("seriesAtEt0", RING.toInput(YDynamics.atEtZero(series)));
    result.tex(latex());
    return result;
  }

  private String latex() {
    GenPolynomial<BigRational>[] atZero =
        lowestTerms(YDynamics.atEtZero(numerator), YDynamics.atEtZero(denominator));
    return ResultTex.text("The leading $\\eosy$-equation $\\eosy_{t+2} - \\eosy_t = \\eosz^{2}"
        + "(c_{20} + c_{21}\\eosy)$ vanishes for every $\\eosz$ at")
        + new Display()
            .add("rhs json:fixedPoint", "\\eosy^*", ResultTex.quotient(numerator, denominator))
            .add("rhs json:fixedPointAtEt0", "\\eosy^*\\big|_{\\eosEt = 0}",
                ResultTex.quotient(atZero[0], atZero[1]))
            .add("truncated json:seriesAtEt0", "",
                ResultTex.series(seriesAtEtZero(), "\\eoseps", order))
            .toTex();
  }


}
