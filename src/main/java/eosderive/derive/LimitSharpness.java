package eosderive.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.latex.Display;
import eosderive.latex.LatexPrinter;
import eosderive.latex.ResultTex;
import eosderive.latex.Term;
import eosderive.output.DerivationResult;
import eosderive.symbolic.PolynomialRing;

/**
 * The limiting sharpness y_inf = lim T_t - 2 of gradient descent at the edge of stability as an
 * exact power series in eps. Theorem 3.1 of Agarwala, Pedregosa and Pennington (ICML 2023)
 * gives y_inf = -eps/2 + O(eps^2).
 *
 * <p>Method: the attracting invariant curve T = H(z, eps) of the two-step map in (z, T) is solved
 * as H = H_0(z) + eps H_1(z) + ... by {@link InvariantCurve}. H_0 = 2 + w(z)|_(eps=0) is the
 * curve of period-2 points at eps = 0 (the two-step z-nullcline there). Trajectories on the curve
 * have z -> 0, so y_inf = H(0, eps) - 2. The curve is the same in the coordinates (z, y), since
 * y = T - 2 - w(z) only shifts T by a function of z.
 *
 * <p>NOTE: y_inf of one trajectory depends on its start through terms like exp(-c z0^2 / eps)
 * (c = 4 at leading order, see {@link OdeLimit}), which no power series in eps shows. The series
 * is the limit for starts that reach the edge with z0^2 >> eps.
 *
 * <p>NOTE: whether the series converges is not proved. The coefficient ratios c_k / c_(k-1) rise
 * slowly (3.21 at k = 10, 3.66 at k = 20), which fits 4 (1 - 2/k) and so suggests a radius of
 * convergence near 1/4; that is an estimate from twenty terms.
 */
public final class LimitSharpness {

  /** Default order in eps. */
  public static final int DEFAULT_ORDER = 10;

  /** Q[z, T, y, eps]: the ring of the invariant-curve computation (Et is a number here). */
  static final PolynomialRing RING = new PolynomialRing("z", "T", "y", "eps");

  private final int order;
  private final BigRational et;
  private final InvariantCurve curve;

  private LimitSharpness(int order, BigRational et, InvariantCurve curve) {
    this.order = order;
    this.et = et;
    this.curve = curve;
  }

  /** Derives y_inf to eps^K at Et = 0, the setting of Theorem 3.1. */
  public static LimitSharpness derive(TwoStepMap twoStep, int order) {
    return derive(twoStep, order, BigRational.ZERO);
  }

  /**
   * Derives y_inf to eps^K at a fixed rational value of the conserved quantity Et.
   */
  public static LimitSharpness derive(TwoStepMap twoStep, int order, BigRational et) {
    PolynomialRing ring = Symbols.RING;
    GenPolynomial<BigRational> etValue = ring.constant(et);
    GenPolynomial<BigRational> zNext = ring.substitute(twoStep.zNext2(), "Et", etValue);
    GenPolynomial<BigRational> tNext = ring.substitute(twoStep.tNext2(), "Et", etValue);

    // H_0: the z-nullcline at eps = 0, solved to the order the weighted truncation needs.
    int zOrder = 2 * order + 2;
    GenPolynomial<BigRational> divided =
        Nullclines.divided(ring.substitute(zNext, "eps", ring.zero()), "z");
    List<GenPolynomial<BigRational>> w =
        YDynamics.polynomialCoefficients(NullclineSeries.solve(divided, zOrder));
    GenPolynomial<BigRational> h0 = RING.constant(2, 1);
    for (int k = 1; k < w.size(); k++) {
      h0 = h0.sum(RING.convert(ring, w.get(k)).multiply(RING.variable("z").power(k)));
    }
    InvariantCurve curve = InvariantCurve.solve(
        RING, RING.convert(ring, zNext), RING.convert(ring, tNext), "T", h0, order);
    if (!curve.valuesAtZero().get(0).equals(new BigRational(2))) {
      throw new IllegalStateException("the curve at eps = 0 does not pass through T = 2");
    }
    return new LimitSharpness(order, et, curve);
  }

  public int order() {
    return order;
  }

  public BigRational et() {
    return et;
  }

  public InvariantCurve curve() {
    return curve;
  }

  /** c_1 ... c_K with y_inf = c_1 eps + ... + c_K eps^K + O(eps^(K+1)). */
  public List<BigRational> coefficients() {
    List<BigRational> values = curve.valuesAtZero();
    return List.copyOf(values.subList(1, values.size()));
  }

  /** c_k, the coefficient of eps^k, 1 <= k <= K. */
  public BigRational coefficient(int k) {
    return coefficients().get(k - 1);
  }

  /** Returns the series as a Symja expression in eps. */
  public String expression() {
    GenPolynomial<BigRational> sum = RING.zero();
    List<BigRational> c = coefficients();
    for (int k = 1; k <= c.size(); k++) {
      sum = sum.sum(RING.variable("eps").power(k).multiply(c.get(k - 1)));
    }
    return RING.toInput(sum);
  }

  /** Builds the {@code limit-series} result; {@code fixedPoint} supplies y* to compare. */
  public DerivationResult result(YFixedPoint fixedPoint) {
    DerivationResult result = new DerivationResult(
        "limit-series", "Limiting sharpness y_inf = lim T - 2 as an exact series in eps");
    result.put("symbols", Symbols.meanings());
    result.put("order", order);
    result.put("Et", et.toString());
    result.put("method", "attracting invariant curve T = H(z, eps) of the two-step map,"
        + " H = H_0(z) + eps H_1(z) + ..., H_0 = period-2 curve at eps = 0; the invariance"
        + " equation T_(t+2)(z, H) = H(z_(t+2)(z, H)) is solved order by order in eps with z of"
        + " weight 1 and eps of weight 2 (z ~ eps^(1/2)); at each order the residual is checked"
        + " to be O(z^2) before dividing by L(z) = -8 z^2 + O(z^3); y_inf = H(0, eps) - 2");
    result.put("assumptions", "trajectories that reach the edge of stability with z^2 >> eps:"
        + " a start contributes terms of order exp(-c z0^2 / eps), c = 4 at leading order,"
        + " which are below every power of eps and not part of this series");
    Map<String, String> table = new LinkedHashMap<>();
    List<BigRational> c = coefficients();
    for (int k = 1; k <= c.size(); k++) {
      table.put(Integer.toString(k), rationalText(c.get(k - 1)));
    }
    result.put("coefficients", table);
    result.put("expression", expression());
    result.put("invariantCurveColumns", columnTexts());
    Map<String, Object> comparison = new LinkedHashMap<>();
    List<BigRational> star = fixedPoint.seriesAtEtZero();
    int differs = 0;
    for (int k = 1; k <= Math.min(c.size(), star.size() - 1); k++) {
      if (!c.get(k - 1).equals(star.get(k)) && differs == 0) {
        differs = k;
      }
    }
    comparison.put("fixedPoint", fixedPoint.expressionAtEtZero());
    comparison.put("firstDifferingOrder", differs);
    if (differs > 0) {
      comparison.put("limitCoefficient", rationalText(c.get(differs - 1)));
      comparison.put("fixedPointCoefficient", rationalText(star.get(differs)));
    }
    comparison.put("note", "y* is the zero of the leading y-equation; it agrees with y_inf only"
        + " up to the first differing order because the higher terms of the y-dynamics move"
        + " the invariant curve");
    result.put("comparisonWithFixedPoint", comparison);
    result.tex(latex(fixedPoint, differs));
    return result;
  }

  private static String rationalText(BigRational r) {
    return RING.toInput(RING.constant(r));
  }

  private Map<String, String> columnTexts() {
    Map<String, String> columns = new LinkedHashMap<>();
    List<GenPolynomial<BigRational>> h = curve.columns();
    for (int k = 0; k < h.size(); k++) {
      int exact = k == 0 ? 2 * order + 2 : 2 * order - 2 * k;
      columns.put("H_" + k + " (exact to z^" + exact + ")", RING.toInput(h.get(k)));
    }
    return columns;
  }

  private String latex(YFixedPoint fixedPoint, int differs) {
    List<BigRational> c = new ArrayList<>(List.of(BigRational.ZERO));
    c.addAll(coefficients());
    StringBuilder tex = new StringBuilder(ResultTex.text("Limiting sharpness"
        + " $\\eosy_\\infty = \\lim_{t\\to\\infty} \\eosT_t - 2$ at $\\eosEt = "
        + ResultTex.rational(et) + "$, from the attracting invariant curve of the two-step map:"));
    tex.append(new Display().add("truncated json:expression", "\\eosy_\\infty",
        ResultTex.series(c, "\\eoseps", order)).toTex());
    if (differs > 0) {
      tex.append(ResultTex.text("The zero $\\eosy^*$ of the leading $\\eosy$-equation agrees"
          + " with $\\eosy_\\infty$ in the lower orders only; the first coefficients that"
          + " differ are"));
      String power = "[" + LatexPrinter.power("\\eoseps", differs) + "]\\,";
      tex.append(new Display()
          .add("rhs json:comparisonWithFixedPoint.fixedPointCoefficient", power + "\\eosy^*",
              List.of(term(fixedPoint.seriesAtEtZero().get(differs))))
          .add("rhs json:comparisonWithFixedPoint.limitCoefficient", power + "\\eosy_\\infty",
              List.of(term(c.get(differs))))
          .toTex());
    }
    return tex.toString();
  }

  private static Term term(BigRational r) {
    return new Term(r.signum() < 0, ResultTex.rational(r.abs()));
  }

}
