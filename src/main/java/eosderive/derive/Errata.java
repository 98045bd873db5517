package eosderive.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.latex.Display;
import eosderive.latex.ResultTex;
import eosderive.latex.Term;
import eosderive.output.DerivationResult;
import eosderive.symbolic.PolynomialRing;
import eosderive.symbolic.Symja;
import eosderive.verify.Check;

import org.matheclipse.core.interfaces.IExpr;

/**
 * Places where a formula printed in Agarwala, Pedregosa and Pennington, "Second-order regression
 * models exhibit progressive sharpening to the edge of stability" (ICML 2023, arXiv:2210.04860)
 * is compared with the engine's derivation.
 *
 * <p>The "printed" strings are transcriptions of the paper, kept here as data and labelled as
 * such; every "derived" string is computed at run time. Each entry's status is decided by Symja
 * ({@code Together} of the difference, at Et = 0 as in the paper): "confirmed" when they agree,
 * "erratum" when they do not. Entries about quantities the paper leaves open have the status
 * "new result".
 */
public final class Errata {

  private static final PolynomialRing RING = Symbols.RING;

  /** Transcriptions of the printed formulas (at Et = 0), in Symja syntax. */
  private static final String PRINTED_T_SLOPE = "4";
  private static final String PRINTED_Z_DIFFERENCE = "2*y*z";
  private static final String PRINTED_Y_DIFFERENCE = "-2*(4 - 3*eps + 4*eps^2)*y*z^2 - 4*eps*z^2";
  private static final String PRINTED_FIXED_POINT = "-2*eps/(4 - 3*eps + 4*eps^2)";
  private static final String PRINTED_LIMIT_FIRST_ORDER = "-1/2";

  private final List<Map<String, String>> entries;
  private final GenPolynomial<BigRational> slopeFromSeries;
  private final GenPolynomial<BigRational> slopeDirect;
  /** The LaTeX terms of each entry's derived value, in entry order. */
  private final List<List<Term>> derivedTerms;

  private Errata(List<Map<String, String>> entries, GenPolynomial<BigRational> slopeFromSeries,
      List<List<Term>> derivedTerms, GenPolynomial<BigRational> slopeDirect) {
    this.entries = entries;
    this.slopeFromSeries = slopeFromSeries;
    this.derivedTerms = derivedTerms;
    this.slopeDirect = slopeDirect;
  }

  /** Compares every printed formula with its derivation. */
  public static Errata derive(TwoStepMap twoStep, NullclineSeries nullclines, YDynamics dynamics,
      YFixedPoint fixedPoint, LimitSharpness limit, Symja symja) {
    List<Map<String, String>> entries = new ArrayList<>();

    NullclineSeries.Branch branch = nullclines.tNullcline();
    GenPolynomial<BigRational> slopeFromSeries =
        YDynamics.polynomialValue(branch.derivativeT(), branch.equation().field());
    GenPolynomial<BigRational> divided = Nullclines.divided(twoStep.tNext2(), "T");
    GenPolynomial<BigRational> slopeDirect = RING.substitute(
        RING.coefficient(YDynamicsChecks.derivative(divided, "T"), "z", 0), "T",
        RING.constant(2, 1));
    entries.add(entry(symja, "T-nullcline slope at the edge",
        "slope $\\partial F_T/\\partial\\eosT$ of the divided $\\eosT$-nullcline at $(0, 2)$",
        "two-step T-nullcline expansion at the edge point (0, 2)",
        PRINTED_T_SLOPE, RING.toInput(YDynamics.atEtZero(slopeFromSeries)),
        "dF_T/dT at (z, T) = (0, 2) with F_T = (T_(t+2) - T_t)/z, from"
            + " NullclineSeries.tNullcline().derivativeT() and by direct differentiation (errata"
            + " report row); with Et: " + RING.toInput(slopeFromSeries)));

    entries.add(entry(symja, "z-dynamics leading term",
        "leading term of $\\eosz_{t+2} - \\eosz_t$", "eqs 18-19", PRINTED_Z_DIFFERENCE,
        RING.toInput(YDynamics.atEtZero(YDynamics.leadingPart(dynamics.zDifference()))),
        "leading monomials of z_(t+2) - z_t in the scaling z ~ eps^(1/2), y ~ eps"));
    entries.add(entry(symja, "y-dynamics leading terms",
        "leading terms of $\\eosy_{t+2} - \\eosy_t$", "eqs 18-19", PRINTED_Y_DIFFERENCE,
        RING.toInput(YDynamics.atEtZero(YDynamics.leadingPart(dynamics.yDifference()))),
        "leading monomials of y_(t+2) - y_t in the same scaling; with Et they read "
            + RING.toInput(YDynamics.leadingPart(dynamics.yDifference()))));
    entries.add(entry(symja, "fixed point y* of the leading y-equation",
        "fixed point $\\eosy^*$ of the leading $\\eosy$-equation", "from eqs 18-19",
        PRINTED_FIXED_POINT, fixedPoint.expressionAtEtZero(), "-c20/c21 from the y-expansion"));
    entries.add(entry(symja, "eps^1 coefficient of y_inf",
        "$\\eoseps^{1}$ coefficient of $\\eosy_\\infty$", "Theorem 3.1",
        PRINTED_LIMIT_FIRST_ORDER, RING.toInput(RING.constant(limit.coefficient(1))),
        "invariant-curve series of y_inf (limit-series)"));

    Map<String, String> open = new LinkedHashMap<>();
    open.put("quantity", "eps^2 coefficient of y_inf");
    open.put("location", "Theorem 3.1");
    open.put("printed", "not given: y_inf = -eps/2 + O(eps^2)");
    open.put("derived", RING.toInput(RING.constant(limit.coefficient(2))));
    open.put("check", "invariant-curve series, checked against gradient descent in"
        + " limit-series rows; the eps^2 coefficient of y* is "
        + RING.toInput(RING.constant(fixedPoint.seriesAtEtZero().get(2)))
        + ", so y* is not y_inf beyond first order");
    open.put("status", "new result");
    open.put("tex", "$\\eoseps^{2}$ coefficient of $\\eosy_\\infty$ (Theorem 3.1): printed"
        + " $O(\\eoseps^{2})$ only; new result");
    entries.add(open);
    List<List<Term>> derivedTerms = new ArrayList<>();
    for (Map<String, String> e : entries) {
      derivedTerms.add(terms(symja, e.get("derived")));
    }
    return new Errata(entries, slopeFromSeries, derivedTerms, slopeDirect);
  }

  private static Map<String, String> entry(Symja symja, String quantity, String label,
      String location, String printed, String derived, String check) {
    IExpr difference = symja.eval("Together[Expand[(" + printed + ") - (" + derived + ")]]");
    String status = difference.isZero() ? "confirmed" : "erratum";
    Map<String, String> e = new LinkedHashMap<>();
    e.put("quantity", quantity);
    e.put("location", location);
    e.put("printed", printed);
    e.put("derived", derived);
    e.put("check", check + "; printed - derived = " + difference);
    e.put("status", status);
    e.put("tex", label + " (" + location.replace("*", "$^*$") + "): printed $"
        + Term.join(terms(symja, printed)) + "$; " + status);
    return e;
  }

  /** LaTeX terms of a rational expression in the ring's symbols, via Symja's Together. */
  private static List<Term> terms(Symja symja, String expression) {
    IExpr together = symja.eval("Together[" + expression + "]");
    GenPolynomial<BigRational> num = RING.fromSymja(symja.eval("Numerator[" + together + "]"));
    GenPolynomial<BigRational> den =
        RING.fromSymja(symja.eval("Denominator[" + together + "]"));
    if (den.isConstant()) {
      return ResultTex.terms(num.divide(den.leadingBaseCoefficient()));
    }
    GenPolynomial<BigRational>[] reduced = YFixedPoint.lowestTerms(num, den);
    return ResultTex.quotient(reduced[0], reduced[1]);
  }


  /** Returns the entries, each with quantity, location, printed, derived, check and status. */
  public List<Map<String, String>> entries() {
    return entries;
  }

  /** Returns the status of the entry for {@code quantity}. */
  public String status(String quantity) {
    for (Map<String, String> e : entries) {
      if (e.get("quantity").equals(quantity)) {
        return e.get("status");
      }
    }
    throw new IllegalArgumentException("no errata entry for " + quantity);
  }

  /** Compares the T-nullcline slope of the series solver with direct differentiation. */
  public List<Check> checks() {
    boolean same = slopeFromSeries.equals(slopeDirect);
    return List.of(new Check("errata T-nullcline slope two routes", same,
        RING.toInput(slopeDirect), RING.toInput(slopeFromSeries),
        "dF_T/dT at (0, 2): coefficient c_01 of the nullcline solver against d/dT of"
            + " (T_(t+2) - T_t)/z at z = 0, T = 2"));
  }

  /** Builds the {@code errata} result. */
  public DerivationResult result() {
    DerivationResult result = new DerivationResult(
        "errata", "Printed formulas of the paper compared with the derivation");
    result.put("symbols", Symbols.meanings());
    result.put("note", "printed = transcription of the paper (Et = 0 where the paper sets it);"
        + " derived = computed by the engine at run time");
    result.put("entries", entries);
    StringBuilder tex = new StringBuilder();
    tex.append(ResultTex.text("Each item names a formula as the paper prints it (a transcription,"
        + " $\\eosEt = 0$ where the paper sets it) and the status of the comparison; the display"
        + " under it is the value derived by the engine."));
    tex.append("\\begin{itemize}\n");
    for (int i = 0; i < entries.size(); i++) {
      tex.append("% eos-text\n  \\item ").append(entries.get(i).get("tex")).append(".\n")
          .append("  Derived:\n");
      tex.append(new Display().add("rhs json:entries." + i + ".derived", "",
          derivedTerms.get(i)).toTex());
    }
    tex.append("\\end{itemize}\n");
    result.tex(tex.toString());
    return result;
  }
}
