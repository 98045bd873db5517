package eosderive.latex;

import java.util.ArrayList;
import java.util.List;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.derive.NullclineSeries;
import eosderive.symbolic.Localized;
import eosderive.symbolic.TruncatedSeries;

/**
 * The LaTeX fragments of the two-step results: the coefficient polynomials p_i, q_i of the
 * two-step map, and the nullcline series through (0, 2) with their coefficients over powers of
 * s = 2 - 2 eps + eps E~. Like {@link FoundationTex}, every equation names what it shows.
 */
public final class SeriesTex {

  private static final LatexPrinter LATEX = FoundationTex.LATEX;

  private SeriesTex() {}

  /** z~_(t+2) and T_(t+2) as sums of p_i T^i and q_i T^i, then each p_i and q_i. */
  public static String twoStepMap(
      List<GenPolynomial<BigRational>> p, List<GenPolynomial<BigRational>> q) {
    StringBuilder tex = new StringBuilder();
    tex.append(new Display()
        .add("rhs json:components.z", "\\eoszt{t+2}", assembled("p", p.size()))
        .add("rhs json:components.T", "\\eosTt{t+2}", assembled("q", q.size()))
        .toTex());
    tex.append("with\n").append(coefficients("p", p)).append("and\n")
        .append(coefficients("q", q));
    return tex.toString();
  }

  private static List<Term> assembled(String letter, int count) {
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String t = i == 0 ? "" : " " + LatexPrinter.power("\\eosTt{t}", i);
      terms.add(new Term(false, letter + "_{" + i + "}(\\eoszt{t})" + t));
    }
    return terms;
  }

  private static String coefficients(String letter, List<GenPolynomial<BigRational>> list) {
    Display d = new Display();
    for (int i = 0; i < list.size(); i++) {
      d.add("rhs json:" + letter + "." + i, letter + "_{" + i + "}(\\eosz)",
          LATEX.terms(list.get(i)));
    }
    return d.toTex();
  }

  /** Both nullcline series, their coefficients and the derivatives at the edge point. */
  public static String nullclineSeries(NullclineSeries series) {
    StringBuilder tex = new StringBuilder("The coefficients are polynomials in ")
        .append("the parameters divided by powers of\n");
    GenPolynomial<BigRational> s = LATEX.base(series.tNullcline().shift().coefficient(1).ring());
    tex.append(new Display().add("definition", "s", LATEX.terms(s)).toTex());
    tex.append(series("f_{z,\\eoseps}", "a", "f_z", "2", series.zNullcline().shift(), s));
    tex.append(series("f_{T,\\eoseps}", "b", "f_T", "2", series.tNullcline().shift(), s));
    tex.append("% eos-text\nTheir difference, which vanishes at \\(\\eoseps = 0\\):\n");
    tex.append(series("f_{\\Delta,\\eoseps}", "d", "f_Delta", "0", series.difference(), s));
    tex.append("Derivatives of the two-step nullcline equations at the edge point:\n");
    tex.append(new Display()
        .add("rhs json:implicitFunctionDerivatives.F_z.dF/dz", partial("F_{z}", "\\eosz"),
            over(series.zNullcline().derivativeZ(), s))
        .add("rhs json:implicitFunctionDerivatives.F_z.dF/dT", partial("F_{z}", "\\eosT"),
            over(series.zNullcline().derivativeT(), s))
        .add("rhs json:implicitFunctionDerivatives.F_T.dF/dz", partial("F_{T}", "\\eosz"),
            over(series.tNullcline().derivativeZ(), s))
        .add("rhs json:implicitFunctionDerivatives.F_T.dF/dT", partial("F_{T}", "\\eosT"),
            over(series.tNullcline().derivativeT(), s))
        .toTex());
    return tex.toString();
  }

  /** Prints {@code q}, writing its denominator as powers of s when its base is s. */
  private static List<Term> over(Localized q, GenPolynomial<BigRational> s) {
    return LATEX.localizedTerms(q, LATEX.base(q.ring()).equals(s) ? "s" : null);
  }

  private static String partial(String f, String x) {
    return "\\frac{\\partial " + f + "}{\\partial " + x + "}(0, 2)";
  }

  private static String series(String name, String letter, String key, String constant,
      TruncatedSeries s, GenPolynomial<BigRational> base) {
    List<Term> sum = new ArrayList<>();
    if (!constant.equals("0")) {
      sum.add(new Term(false, constant));
    }
    for (int k = 1; k <= s.order(); k++) {
      sum.add(new Term(false, letter + "_{" + k + "} " + LatexPrinter.power("\\eosz", k)));
    }
    sum.add(new Term(false, "O(" + LatexPrinter.power("\\eosz", s.order() + 1) + ")"));
    StringBuilder tex = new StringBuilder(new Display()
        .add("series json:series." + key, name + "(\\eosz)", sum).toTex());
    Display coefficients = new Display();
    for (int k = 1; k <= s.order(); k++) {
      coefficients.add("rhs json:series." + key + ".coefficients." + k,
          letter + "_{" + k + "}", over(s.coefficient(k), base));
    }
    return tex.append("where\n").append(coefficients.toTex()).toString();
  }
}
