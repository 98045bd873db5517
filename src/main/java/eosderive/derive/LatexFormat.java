package eosderive.derive;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;
import edu.jas.ufd.FactorAbstract;
import edu.jas.ufd.FactorFactory;

import eosderive.symbolic.PolynomialRing;

/**
 * LaTeX text for the derivation results, in the notation of Agarwala, Pedregosa and Pennington
 * (ICML 2023): \eosz for z~, \eosT for T(0),
 * \eoseps for eps, \eosEt for E~ and \eosy for y. Every fragment uses amsmath only. All LaTeX
 * generation of the y-dynamics results goes through this class so that it can be replaced as a
 * whole.
 */
public final class LatexFormat {

  private static final Map<String, String> MACROS = Map.of(
      "z", "\\eosz", "T", "\\eosT", "eps", "\\eoseps", "Et", "\\eosEt", "y", "\\eosy",
      "lam", "\\lambda", "w", "w", "c", "c");

  private static final FactorAbstract<BigRational> FACTOR =
      FactorFactory.getImplementation(new BigRational());

  private LatexFormat() {}

  /** Returns the macro of a ring variable, for example \eoseps for eps. */
  public static String symbol(String name) {
    String macro = MACROS.get(name);
    if (macro == null) {
      throw new IllegalArgumentException("no LaTeX symbol for variable " + name);
    }
    return macro;
  }

  /** Formats a rational as an integer or \frac{p}{q}, with a leading minus when negative. */
  public static String rational(BigRational r) {
    String sign = r.signum() < 0 ? "-" : "";
    BigRational a = r.abs();
    if (a.denominator().equals(BigInteger.ONE)) {
      return sign + a.numerator();
    }
    return sign + "\\frac{" + a.numerator() + "}{" + a.denominator() + "}";
  }

  /** Formats a monomial such as \eosy\eosz^{2}, or returns "" for the constant monomial. */
  public static String monomial(PolynomialRing ring, ExpVector e) {
    StringBuilder out = new StringBuilder();
    for (String name : ring.variables()) {
      long k = ring.exponent(e, name);
      if (k == 0) {
        continue;
      }
      out.append(symbol(name));
      if (k > 1) {
        out.append("^{").append(k).append('}');
      }
    }
    return out.toString();
  }

  /** Formats an expanded polynomial: descending degree, negative terms as subtraction. */
  public static String polynomial(PolynomialRing ring, GenPolynomial<BigRational> p) {
    if (p.isZERO()) {
      return "0";
    }
    StringBuilder out = new StringBuilder();
    for (Monomial<BigRational> m : ring.sortedTerms(p)) {
      appendTerm(out, m.c, monomial(ring, m.e));
    }
    return out.toString();
  }

  /**
   * Formats a polynomial as content times irreducible factors over Q, for example
   * -2(4\eoseps^{2} - 3\eoseps + 4). Each factor has integer coefficients and a positive leading
   * coefficient; monomial factors come first.
   */
  public static String factored(PolynomialRing ring, GenPolynomial<BigRational> p) {
    if (p.isZERO() || p.isConstant()) {
      return polynomial(ring, p);
    }

    List<Map.Entry<GenPolynomial<BigRational>, Long>> factors = new ArrayList<>();
    GenPolynomial<BigRational> product = ring.jas().getONE();
    SortedMap<GenPolynomial<BigRational>, Long> raw = FACTOR.factors(p);
    for (Map.Entry<GenPolynomial<BigRational>, Long> entry : raw.entrySet()) {
      GenPolynomial<BigRational> f = entry.getKey();
      if (f.isConstant()) {
        continue;
      }
      GenPolynomial<BigRational> primitive = f.multiply(integerScale(ring, f));
      factors.add(Map.entry(primitive, entry.getValue()));
      product = product.multiply(primitive.power(entry.getValue()));
    }
    // The constant is read off the product, whatever JAS did with the content.
    BigRational content = p.leadingBaseCoefficient().divide(product.leadingBaseCoefficient());
    if (!product.multiply(content).equals(p)) {
      throw new IllegalStateException("factorisation does not reproduce " + ring.toInput(p));
    }
    factors.sort(Comparator
        .comparingInt((Map.Entry<GenPolynomial<BigRational>, Long> e) -> e.getKey().length())
        .thenComparing(e -> ring.toInput(e.getKey())));
    if (content.isONE() && factors.size() == 1 && factors.get(0).getValue() == 1) {
      return polynomial(ring, factors.get(0).getKey());
    }
    StringBuilder body = new StringBuilder();
    for (Map.Entry<GenPolynomial<BigRational>, Long> entry : factors) {
      GenPolynomial<BigRational> f = entry.getKey();
      String text = polynomial(ring, f);
      long k = entry.getValue();
      if (f.length() == 1 && f.leadingBaseCoefficient().isONE()) {
        body.append(monomial(ring, f.leadingExpVector().scalarMultiply(k)));
        continue;
      }
      body.append(f.length() == 1 ? "{" + text + "}" : "(" + text + ")");
      if (k > 1) {
        body.append("^{").append(k).append('}');
      }
    }
    if (content.isONE()) {
      return body.toString();
    }
    if (content.negate().isONE()) {
      return "-" + body;
    }
    return rational(content) + body;
  }

  /**
   * A polynomial grouped by monomials in the {@code main} variables with factored coefficients:
   * -4\eoseps\eosz^{2} - 2(4\eoseps^{2} - 3\eoseps + 4)\eosy\eosz^{2}. Monomials print their
   * variables in the order of {@code main}; groups come in ascending total degree and, within a
   * degree, ascending powers of the first main variable.
   */
  public static List<String> groupedTerms(
      PolynomialRing ring, GenPolynomial<BigRational> p, List<String> main) {
    Map<List<Long>, GenPolynomial<BigRational>> groups = new LinkedHashMap<>();
    for (Monomial<BigRational> m : p) {
      List<Long> key = new ArrayList<>();
      for (String name : main) {
        key.add(ring.exponent(m.e, name));
      }
      GenPolynomial<BigRational> rest = ring.zero().sum(m.c, m.e);
      for (String name : main) {
        rest = ring.divideByPower(rest, name, ring.exponent(m.e, name));
      }
      groups.merge(key, rest, GenPolynomial::sum);
    }
    List<List<Long>> keys = new ArrayList<>(groups.keySet());
    keys.sort(Comparator.comparingLong((List<Long> k) -> k.stream().mapToLong(x -> x).sum())
        .thenComparing(k -> k.get(0)));
    List<String> terms = new ArrayList<>();
    for (List<Long> key : keys) {
      StringBuilder mono = new StringBuilder();
      for (int i = 0; i < main.size(); i++) {
        long k = key.get(i);
        if (k > 0) {
          mono.append(symbol(main.get(i))).append(k > 1 ? "^{" + k + "}" : "");
        }
      }
      terms.add(coefficientTimes(ring, groups.get(key), mono.toString()));
    }
    return terms;
  }

  /** p/q as \\frac with factored numerator and denominator; a leading minus goes in front. */
  public static String fraction(
      PolynomialRing ring, GenPolynomial<BigRational> p, GenPolynomial<BigRational> q) {
    if (q.isConstant()) {
      return factored(ring, p.divide(q.leadingBaseCoefficient()));
    }
    // Fold both contents into one rational so no \\frac appears inside the fraction.
    BigRational scaleP = integerScale(ring, p);
    BigRational scaleQ = integerScale(ring, q);
    BigRational content = scaleQ.divide(scaleP);
    p = p.multiply(scaleP).multiply(new BigRational(content.numerator()));
    q = q.multiply(scaleQ).multiply(new BigRational(content.denominator()));
    String num = factored(ring, p);
    boolean negative = num.startsWith("-");
    return (negative ? "-" : "") + "\\frac{" + (negative ? num.substring(1) : num) + "}{"
        + factored(ring, q) + "}";
  }

  /** Joins signed terms ("-a", "b") into "-a + b", with at most {@code perLine} per line. */
  public static String joinTerms(List<String> terms, int perLine) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      String t = terms.get(i);
      if (i > 0 && i % perLine == 0) {
        out.append("\\\\\n  &\\quad ");
      }
      if (i == 0) {
        out.append(t);
      } else if (t.startsWith("-")) {
        out.append(" - ").append(t.substring(1));
      } else {
        out.append(" + ").append(t);
      }
    }
    return terms.isEmpty() ? "0" : out.toString();
  }

  /** An align* environment from "left & right" rows. */
  public static String align(List<String> rows) {
    return "\\begin{align*}\n  " + String.join(" \\\\\n  ", rows) + "\n\\end{align*}\n";
  }

  private static String coefficientTimes(
      PolynomialRing ring, GenPolynomial<BigRational> c, String monomial) {
    if (c.isConstant()) {
      BigRational r = c.leadingBaseCoefficient();
      if (monomial.isEmpty()) {
        return rational(r);
      }
      if (r.abs().isONE()) {
        return (r.signum() < 0 ? "-" : "") + monomial;
      }
      return rational(r) + monomial;
    }
    String f = factored(ring, c);
    boolean negative = f.startsWith("-");
    String magnitude = negative ? f.substring(1) : f;
    if (c.length() > 1 && !isProductForm(magnitude)) {
      magnitude = "(" + magnitude + ")";
    }
    return (negative ? "-" : "") + magnitude + monomial;
  }

  /** True when the text is a product of parenthesised or atomic factors, not a bare sum. */
  private static boolean isProductForm(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '(' || ch == '{') {
        depth++;
      } else if (ch == ')' || ch == '}') {
        depth--;
      } else if (depth == 0 && (ch == '+' || (ch == '-' && i > 0))) {
        return false;
      }
    }
    return true;
  }

  private static void appendTerm(StringBuilder out, BigRational c, String monomial) {
    boolean negative = c.signum() < 0;
    if (out.length() == 0) {
      out.append(negative ? "-" : "");
    } else {
      out.append(negative ? " - " : " + ");
    }
    BigRational a = c.abs();
    if (monomial.isEmpty()) {
      out.append(rational(a));
    } else if (a.isONE()) {
      out.append(monomial);
    } else {
      out.append(rational(a)).append(monomial);
    }
  }

  /** The positive rational that makes {@code f} integral and primitive with lc > 0. */
  private static BigRational integerScale(PolynomialRing ring, GenPolynomial<BigRational> f) {
    BigInteger lcm = BigInteger.ONE;
    for (Monomial<BigRational> m : f) {
      BigInteger d = m.c.denominator();
      lcm = lcm.divide(lcm.gcd(d)).multiply(d);
    }
    BigInteger gcd = BigInteger.ZERO;
    for (Monomial<BigRational> m : f) {
      gcd = gcd.gcd(m.c.multiply(new BigRational(lcm)).numerator());
    }
    BigRational scale = new BigRational(lcm).divide(new BigRational(gcd));
    BigRational leading = ring.sortedTerms(f).get(0).c;
    return leading.signum() < 0 ? scale.negate() : scale;
  }
}
