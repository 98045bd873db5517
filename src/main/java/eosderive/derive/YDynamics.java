package eosderive.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;

import eosderive.latex.Display;
import eosderive.latex.ResultTex;
import eosderive.latex.Term;
import eosderive.output.DerivationResult;
import eosderive.symbolic.GradedTruncation;
import eosderive.symbolic.Localized;
import eosderive.symbolic.PolynomialRing;
import eosderive.symbolic.TruncatedSeries;

/**
 * The two-step map in the coordinates (z, y) with y = T - f_(z,eps)(z), the distance from the
 * two-step z-nullcline T = f_(z,eps)(z) = 2 + w(z) (Agarwala, Pedregosa and Pennington,
 * ICML 2023, eqs 18-19).
 *
 * <p>With T = 2 + w(z) + y the two-step map gives z_(t+2) = Z(z, y) and
 * y_(t+2) = T_(t+2)(z, T) - 2 - w(Z). Both differences G = z_(t+2) - z_t and
 * D = y_(t+2) - y_t are expanded to total order N in (z, y), exactly in eps and Et: w is the
 * engine's nullcline series to order N, and only monomials z^i y^j with i + j > N are dropped.
 *
 * <p>On y = 0 the point is on the z-nullcline, so G is divisible by y (checked). The nullcline
 * slope dF_z/dT(0, 2) is the constant 2, so the coefficients of w, G and D are polynomials in
 * eps and Et.
 */
public final class YDynamics {

  /** Default total order in (z, y). */
  public static final int DEFAULT_ORDER = 6;

  private static final PolynomialRing RING = Symbols.RING;

  private final int order;
  private final List<GenPolynomial<BigRational>> nullcline;
  private final GenPolynomial<BigRational> zDifference;
  private final GenPolynomial<BigRational> yDifference;

  private YDynamics(
      int order,
      List<GenPolynomial<BigRational>> nullcline,
      GenPolynomial<BigRational> zDifference,
      GenPolynomial<BigRational> yDifference) {
    this.order = order;
    this.nullcline = List.copyOf(nullcline);
    this.zDifference = zDifference;
    this.yDifference = yDifference;
  }

  /** Derives both differences to the order of {@code nullclines}. */
  public static YDynamics derive(TwoStepMap twoStep, NullclineSeries nullclines) {
    int order = nullclines.order();
    List<GenPolynomial<BigRational>> w = polynomialCoefficients(nullclines.zNullcline());
    GradedTruncation truncation = new GradedTruncation(RING, Map.of("z", 1, "y", 1), order);

    GenPolynomial<BigRational> wOfZ = truncation.compose(w, RING.variable("z"));
    GenPolynomial<BigRational> t = RING.constant(2, 1).sum(wOfZ).sum(RING.variable("y"));
    GenPolynomial<BigRational> zNext = truncation.substitute(twoStep.zNext2(), Map.of("T", t));
    GenPolynomial<BigRational> tNext = truncation.substitute(twoStep.tNext2(), Map.of("T", t));
    GenPolynomial<BigRational> yNext =
        tNext.subtract(RING.constant(2, 1)).subtract(truncation.compose(w, zNext));

    GenPolynomial<BigRational> g = zNext.subtract(RING.variable("z"));
    GenPolynomial<BigRational> d = yNext.subtract(RING.variable("y"));
    if (!RING.coefficient(g, "y", 0).isZERO()) {
      throw new IllegalStateException("z_(t+2) - z_t does not vanish on the z-nullcline y = 0: "
          + RING.toInput(RING.coefficient(g, "y", 0)));
    }
    return new YDynamics(order, w, g, d);
  }

  /** Derives the one-step, two-step and nullcline series first, then both differences. */
  public static YDynamics derive(TwoStepMap twoStep, int order) {
    return derive(twoStep, NullclineSeries.derive(twoStep, order));
  }

  /**
   * Converts the coefficients w_0 = 0, w_1, ..., w_N of the z-nullcline shift w(z) to
   * polynomials of {@link Symbols#RING}. It fails when the nullcline slope is not a constant.
   */
  static List<GenPolynomial<BigRational>> polynomialCoefficients(NullclineSeries.Branch branch) {
    Localized.Ring field = branch.equation().field();
    if (!field.base().isConstant()) {
      throw new IllegalStateException("nullcline coefficients have the denominator "
          + field.parameters().toInput(field.base()) + "; expected a constant slope");
    }
    TruncatedSeries series = branch.shift();
    List<GenPolynomial<BigRational>> result = new ArrayList<>();
    for (int k = 0; k <= series.order(); k++) {
      result.add(polynomialValue(series.coefficient(k), field));
    }
    return result;
  }

  /**
   * Converts c = numerator / s^e to a polynomial of {@link Symbols#RING}. It fails unless the
   * reduced exponent is 0 or s is a constant.
   */
  static GenPolynomial<BigRational> polynomialValue(Localized c, Localized.Ring field) {
    Localized reduced = c.reduce();
    GenPolynomial<BigRational> value = reduced.numerator();
    if (reduced.exponent() > 0) {
      if (!field.base().isConstant()) {
        throw new ArithmeticException("not a polynomial: " + c.toInput());
      }
      value = value.multiply(
          field.base().leadingBaseCoefficient().power(reduced.exponent()).inverse());
    }
    return RING.convert(field.parameters(), value);
  }

  public int order() {
    return order;
  }

  /** w_0 ... w_N: the z-nullcline is T = 2 + sum of w_k z^k. */
  public List<GenPolynomial<BigRational>> nullcline() {
    return nullcline;
  }

  /** G(z, y) = z_(t+2) - z_t to total order N, a polynomial in z, y, eps, Et. */
  public GenPolynomial<BigRational> zDifference() {
    return zDifference;
  }

  /** D(z, y) = y_(t+2) - y_t to total order N, a polynomial in z, y, eps, Et. */
  public GenPolynomial<BigRational> yDifference() {
    return yDifference;
  }

  /** Returns the coefficient of z^i y^j in {@code p}, a polynomial in eps and Et. */
  public static GenPolynomial<BigRational> coefficient(GenPolynomial<BigRational> p, int i, int j) {
    return RING.coefficient(RING.coefficient(p, "z", i), "y", j);
  }

  /** {@code p} with Et = 0. */
  public static GenPolynomial<BigRational> atEtZero(GenPolynomial<BigRational> p) {
    return RING.substitute(p, "Et", RING.zero());
  }

  /**
   * The leading part of {@code p} in the scaling z ~ eps^(1/2), y ~ eps of the edge of
   * stability: the monomials z^i y^j whose coefficient has the lowest weight
   * i + 2j + 2*(lowest power of eps), kept with their full coefficients in eps and Et, as the
   * paper keeps -2(4 - 3 eps + 4 eps^2) whole.
   */
  public static GenPolynomial<BigRational> leadingPart(GenPolynomial<BigRational> p) {
    GradedTruncation scaling = new GradedTruncation(RING, Map.of("z", 1, "y", 2, "eps", 2), 0);
    long lowest = scaling.order(p);
    GenPolynomial<BigRational> result = RING.zero();
    for (Map.Entry<List<Long>, GenPolynomial<BigRational>> group : monomialGroups(p).entrySet()) {
      GenPolynomial<BigRational> c = group.getValue();
      long i = group.getKey().get(0);
      long j = group.getKey().get(1);
      if (i + 2 * j + 2 * lowestPower(c, "eps") == lowest) {
        result = result.sum(c.multiply(RING.variable("z").power(i))
            .multiply(RING.variable("y").power(j)));
      }
    }
    return result;
  }

  /** Coefficients keyed "z^i*y^j" in ascending total degree, then ascending power of y. */
  public static Map<String, String> coefficientTable(GenPolynomial<BigRational> p) {
    Map<String, String> table = new LinkedHashMap<>();
    for (Map.Entry<List<Long>, GenPolynomial<BigRational>> group : monomialGroups(p).entrySet()) {
      List<Long> key = group.getKey();
      table.put("z^" + key.get(0) + "*y^" + key.get(1), RING.toInput(group.getValue()));
    }
    return table;
  }

  /** The terms of {@code p} grouped by (power of z, power of y), in table order. */
  static Map<List<Long>, GenPolynomial<BigRational>> monomialGroups(GenPolynomial<BigRational> p) {
    Map<List<Long>, GenPolynomial<BigRational>> groups = new java.util.TreeMap<>(
        (a, b) -> a.get(0) + a.get(1) != b.get(0) + b.get(1)
            ? Long.compare(a.get(0) + a.get(1), b.get(0) + b.get(1))
            : Long.compare(a.get(1), b.get(1)));
    for (Monomial<BigRational> m : p) {
      long i = RING.exponent(m.e, "z");
      long j = RING.exponent(m.e, "y");
      GenPolynomial<BigRational> rest = RING.divideByPower(
          RING.divideByPower(RING.zero().sum(m.c, m.e), "z", i), "y", j);
      groups.merge(List.of(i, j), rest, GenPolynomial::sum);
    }
    return groups;
  }

  private static long lowestPower(GenPolynomial<BigRational> c, String name) {
    long lowest = Long.MAX_VALUE;
    for (Monomial<BigRational> m : c) {
      lowest = Math.min(lowest, RING.exponent(m.e, name));
    }
    return lowest;
  }

  /** Builds the {@code y-dynamics} result: coefficient tables, expressions and LaTeX. */
  public DerivationResult result() {
    DerivationResult result = new DerivationResult(
        "y-dynamics", "Two-step dynamics in (z, y), y = T - f_(z,eps)(z)");
    result.put("symbols", Symbols.meanings());
    result.put("order", order);
    result.put("Et", "symbolic");
    result.put("definition", "y = T - 2 - w(z), where T = 2 + w(z) is the two-step z-nullcline;"
        + " z_(t+2) - z_t and y_(t+2) - y_t are exact in eps and Et and truncated at total"
        + " order " + order + " in (z, y)");
    result.put("nullcline", RING.toInput(
        new GradedTruncation(RING, Map.of("z", 1), order).compose(nullcline, RING.variable("z"))));
    Map<String, Object> tables = new LinkedHashMap<>();
    tables.put("zDifference", coefficientTable(zDifference));
    tables.put("yDifference", coefficientTable(yDifference));
    result.put("coefficients", tables);
    Map<String, Object> tablesEt0 = new LinkedHashMap<>();
    tablesEt0.put("zDifference", coefficientTable(atEtZero(zDifference)));
    tablesEt0.put("yDifference", coefficientTable(atEtZero(yDifference)));
    result.put("coefficientsAtEt0", tablesEt0);
    Map<String, String> leading = new LinkedHashMap<>();
    leading.put("zDifference", RING.toInput(leadingPart(zDifference)));
    leading.put("yDifference", RING.toInput(leadingPart(yDifference)));
    result.put("leadingTerms", leading);
    result.put("leadingTermsNote", "monomials of lowest order in the scaling z ~ eps^(1/2),"
        + " y ~ eps, with their full coefficients");
    Map<String, String> expressions = new LinkedHashMap<>();
    expressions.put("zDifference", RING.toInput(zDifference));
    expressions.put("yDifference", RING.toInput(yDifference));
    result.put("expressions", expressions);
    Map<String, String> expressionsEt0 = new LinkedHashMap<>();
    expressionsEt0.put("zDifference", RING.toInput(atEtZero(zDifference)));
    expressionsEt0.put("yDifference", RING.toInput(atEtZero(yDifference)));
    result.put("expressionsAtEt0", expressionsEt0);
    result.tex(latex());
    return result;
  }

  private String latex() {
    List<Term> zFull = new ArrayList<>(ResultTex.terms(atEtZero(zDifference)));
    List<Term> yFull = new ArrayList<>(ResultTex.terms(atEtZero(yDifference)));
    Term rest = new Term(false, "O(\\lvert(\\eosz, \\eosy)\\rvert^{" + (order + 1) + "})");
    zFull.add(rest);
    yFull.add(rest);
    return ResultTex.text("With $\\eosy = \\eosT - f_{\\eosz,\\eoseps}(\\eosz)$, the distance"
        + " from the two-step $\\eosz$-nullcline, the leading parts $L_{\\eosz}$ of"
        + " $\\eosz_{t+2} - \\eosz_t$ and $L_{\\eosy}$ of $\\eosy_{t+2} - \\eosy_t$ in the"
        + " scaling $\\eosz \\sim \\eoseps^{1/2}$, $\\eosy \\sim \\eoseps$ are")
        + new Display()
            .add("rhs json:leadingTerms.zDifference", "L_{\\eosz}",
                ResultTex.terms(leadingPart(zDifference)))
            .add("rhs json:leadingTerms.yDifference", "L_{\\eosy}",
                ResultTex.terms(leadingPart(yDifference)))
            .toTex()
        + ResultTex.text("At $\\eosEt = 0$, to total order " + order
            + " in $(\\eosz, \\eosy)$:")
        + new Display()
            .add("truncated json:expressionsAtEt0.zDifference", "\\eosz_{t+2} - \\eosz_t", zFull)
            .add("truncated json:expressionsAtEt0.yDifference", "\\eosy_{t+2} - \\eosy_t", yFull)
            .toTex();
  }

}
