package eosderive.latex;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.symbolic.Localized;
import eosderive.symbolic.PolynomialRing;

/**
 * Prints exact polynomials and rational functions as LaTeX in the paper's notation.
 *
 * <p>Symbols print through the macros of {@link Notation} ({@code \eosz} for z~, {@code \eosT}
 * for T(0), {@code \eoseps} for epsilon, ...). A polynomial is a sum over ascending powers of
 * z~, then T(0); each coefficient, a polynomial in E~ and epsilon, takes the shortest of its
 * expanded, grouped and factored forms ({@link PolynomialFormat}). Negative terms print as
 * subtraction, fractions keep integer numerators and denominators (never {@code \frac{-1}{2}}
 * or a fraction inside a fraction), and a base that is not a single symbol is parenthesised.
 */
public final class LatexPrinter {

  /** Symbol name to LaTeX macro. */
  public static final Map<String, String> MACROS = Map.of(
      "z", "\\eosz", "T", "\\eosT", "y", "\\eosy", "w", "w",
      "eps", "\\eoseps", "lam", "\\eoslam", "Et", "\\eosEt");

  /** Variable levels: state variables, then the conserved quantity, then eigenvalues. */
  public static final List<List<String>> LEVELS = List.of(
      List.of("z", "T", "y", "w"), List.of("Et"), List.of("eps", "lam"));

  /** Numerators wider than this (points) are printed after the fraction, in parentheses. */
  static final double FRACTION_WIDTH = 220;

  private final PolynomialRing ring;
  private final PolynomialFormat format;

  public LatexPrinter(PolynomialRing ring) {
    this(ring, LEVELS, MACROS);
  }

  /** Returns a printer with its own variable levels and LaTeX for each variable. */
  public LatexPrinter(PolynomialRing ring, List<List<String>> levels, Map<String, String> tex) {
    this.ring = ring;
    this.format = new PolynomialFormat(ring, levels, tex);
  }

  /** The text of {@code eos-macros.tex} in the paper's notation. */
  public static String macroFile() {
    return Notation.PAPER.macroFile();
  }

  /** Prints {@code p} as one line. */
  public String polynomial(GenPolynomial<BigRational> p) {
    return Term.join(terms(p));
  }

  /** Returns the terms of {@code p} by ascending powers of the state variables. */
  public List<Term> terms(GenPolynomial<BigRational> p) {
    return format.sum(p, false);
  }

  /** Returns the terms of {@code p}, or one product term when factoring all of p is shorter. */
  public List<Term> factoredTerms(GenPolynomial<BigRational> p) {
    return format.sum(p, true);
  }

  /**
   * Returns the base s of a ring Q[parameters][1/s], scaled to coprime integer coefficients with a
   * positive first term; {@link #localized} divides by powers of exactly this polynomial.
   */
  public GenPolynomial<BigRational> base(Localized.Ring field) {
    GenPolynomial<BigRational> s = ring.convert(field.parameters(), field.base());
    return s.multiply(Factorizer.normalizer(s, format.order()));
  }

  /** Prints an element num / s^e of Q[parameters][1/s] on one line. */
  public String localized(Localized q) {
    return Term.join(localizedTerms(q, null));
  }

  /**
   * Returns an element num / s^e of Q[parameters][1/s] as terms: a polynomial when e = 0, else one
   * fraction, or for a wide numerator {@code \frac{b}{a s^e}} times the numerator in
   * parentheses (breakable). {@code baseName}, when not null, stands for s as printed by
   * {@link #base}; otherwise s is printed in full.
   */
  public List<Term> localizedTerms(Localized q, String baseName) {
    Localized r = q.reduce();
    GenPolynomial<BigRational> n = ring.convert(q.ring().parameters(), r.numerator());
    if (r.exponent() == 0) {
      return factoredTerms(n);
    }
    GenPolynomial<BigRational> s = ring.convert(q.ring().parameters(), q.ring().base());
    BigRational sScale = Factorizer.normalizer(s, format.order());
    n = n.multiply(sScale.power(r.exponent()));
    String base = baseName != null ? baseName
        : Delimiters.wrap(factoredTerms(s.multiply(sScale))).magnitude();
    return fraction(n, power(base, r.exponent()));
  }

  /** Prints the quotient num / den with integer coefficients and a positive denominator. */
  public List<Term> quotient(GenPolynomial<BigRational> num, GenPolynomial<BigRational> den) {
    BigRational dScale = Factorizer.normalizer(den, format.order());
    GenPolynomial<BigRational> d = den.multiply(dScale);
    GenPolynomial<BigRational> n = num.multiply(dScale);
    if (d.isONE()) {
      return factoredTerms(n);
    }
    return fraction(n, Term.join(factoredTerms(d)));
  }

  /** n / denominator with the rational content of n split off: sign (b n') / (a denominator). */
  private List<Term> fraction(GenPolynomial<BigRational> n, String denominator) {
    if (n.isZERO()) {
      return List.of(new Term(false, "0"));
    }
    BigRational c = Factorizer.normalizer(n, format.order());
    GenPolynomial<BigRational> primitive = n.multiply(c);
    boolean negative = c.signum() < 0;
    BigInteger a = c.abs().numerator();
    BigInteger b = c.abs().denominator();
    String under = a.equals(BigInteger.ONE) ? denominator : a + " " + bracketed(denominator);
    List<Term> top = factoredTerms(primitive);
    String topText = Term.join(top);
    if (TexWidth.of(topText) <= FRACTION_WIDTH || top.size() == 1 && !top.get(0).breakable()) {
      String over = b.equals(BigInteger.ONE) ? topText
          : topText.equals("1") ? b.toString()
          : b + " " + (top.size() == 1 ? topText : Delimiters.wrap(top).magnitude());
      return List.of(new Term(negative, "\\frac{" + over + "}{" + under + "}"));
    }
    Term body = top.size() == 1 ? top.get(0) : Delimiters.wrap(top);
    String head = "\\frac{" + b + "}{" + under + "} ";
    return List.of(new Term(negative, head + body.head(), body.inner(), body.tail()));
  }

  private static String bracketed(String tex) {
    return isAtom(tex) || tex.endsWith("}") && !tex.contains(" ") ? tex
        : Delimiters.wrap(List.of(new Term(false, tex))).magnitude();
  }

  /** Prints a non-negative rational as an integer or {@code \frac{p}{q}}. */
  public static String rational(BigRational r) {
    BigInteger n = r.numerator();
    BigInteger d = r.denominator();
    return d.equals(BigInteger.ONE) ? n.toString() : "\\frac{" + n + "}{" + d + "}";
  }

  /** Prints a signed rational, with a leading minus sign outside any fraction. */
  public static String signedRational(BigRational r) {
    return (r.signum() < 0 ? "-" : "") + rational(r.abs());
  }

  /**
   * {@code base^{k}}, with the base in parentheses unless it is one symbol, a macro with its
   * arguments, a non-negative integer or already parenthesised.
   */
  public static String power(String base, long k) {
    if (k == 1) {
      return base;
    }
    String b = isAtom(base) ? base : Delimiters.wrap(List.of(new Term(false, base))).magnitude();
    return b + "^{" + k + "}";
  }

  private static boolean isAtom(String tex) {
    return tex.matches("\\\\[A-Za-z]+(\\{[^{}]*\\})*|[A-Za-z](_\\{[^{}]*\\})?|[0-9]+")
        || isParenthesised(tex);
  }

  private static boolean isParenthesised(String tex) {
    for (String open : List.of("(", "\\bigl(", "\\Bigl(")) {
      String close = open.equals("(") ? ")" : open.replace("l(", "r)");
      if (tex.startsWith(open) && tex.endsWith(close) && matched(tex, open.length())) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the parenthesis opened just before {@code start} closes at the very end. */
  private static boolean matched(String tex, int start) {
    int depth = 1;
    for (int i = start; i < tex.length(); i++) {
      char c = tex.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return i == tex.length() - 1;
      }
    }
    return false;
  }
}
