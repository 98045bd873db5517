package eosderive.latex;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;

import eosderive.symbolic.Localized;
import eosderive.symbolic.PolynomialRing;

/**
 * Prints exact polynomials and rational functions as LaTeX in the paper's notation.
 *
 * <p>Symbols print through macros ({@code \eosz} for z~, {@code \eosT} for T(0),
 * {@code \eoseps} for epsilon, ...) that {@code eos-macros.tex} defines with
 * {@code \providecommand}, so a user can redefine the notation. Terms are ordered by ascending
 * powers of z~, then T(0), then y; each coefficient is a polynomial in the parameters, shown in
 * parentheses when it has several terms. Negative terms print as subtraction, never as
 * {@code + -} or a fraction with a negative numerator.
 */
public final class LatexPrinter {

  /** Symbol name to LaTeX macro. */
  public static final Map<String, String> MACROS = Map.of(
      "z", "\\eosz", "T", "\\eosT", "y", "\\eosy", "w", "w",
      "eps", "\\eoseps", "lam", "\\eoslam", "Et", "\\eosEt");

  /** The state variables; every other variable is a parameter. */
  private static final List<String> STATE = List.of("z", "T", "y", "w");

  /** The text of {@code eos-macros.tex}. */
  public static String macroFile() {
    return String.join("\n",
        "% Notation macros of eos-derive. Redefine any of them before \\input-ing a fragment.",
        "\\providecommand{\\eosz}{\\tilde{z}}",
        "\\providecommand{\\eosT}{T(0)}",
        "\\providecommand{\\eoseps}{\\epsilon}",
        "\\providecommand{\\eoslam}{\\lambda}",
        "\\providecommand{\\eosEt}{\\tilde{E}}",
        "\\providecommand{\\eosy}{y}",
        "");
  }

  private final PolynomialRing ring;

  public LatexPrinter(PolynomialRing ring) {
    this.ring = ring;
  }

  /** One signed term of a printed sum: {@code negative} and the text of its magnitude. */
  public record Term(boolean negative, String magnitude) {}

  /** Prints {@code p} as one line. */
  public String polynomial(GenPolynomial<BigRational> p) {
    return join(terms(p));
  }

  /** Joins terms into a sum, the first with a leading minus sign if negative. */
  public static String join(List<Term> terms) {
    if (terms.isEmpty()) {
      return "0";
    }
    StringBuilder out = new StringBuilder();
    for (Term t : terms) {
      if (out.length() == 0) {
        out.append(t.negative() ? "-" : "");
      } else {
        out.append(t.negative() ? " - " : " + ");
      }
      out.append(t.magnitude());
    }
    return out.toString();
  }

  /**
   * Joins terms inside a {@code multline*} body, breaking the line after every
   * {@code perLine} terms.
   */
  public static String joinBroken(List<Term> terms, int perLine) {
    List<String> lines = new ArrayList<>();
    for (int start = 0; start < terms.size(); start += perLine) {
      List<Term> chunk = terms.subList(start, Math.min(terms.size(), start + perLine));
      String line = join(chunk);
      if (start > 0 && !chunk.get(0).negative()) {
        line = "+ " + line;
      }
      lines.add(line);
    }
    return lines.isEmpty() ? "0" : String.join(" \\\\\n  ", lines);
  }

  /** The terms of {@code p}, grouped by monomials in the state variables. */
  public List<Term> terms(GenPolynomial<BigRational> p) {
    Comparator<List<Long>> byPowers = (a, b) -> {
      for (int i = 0; i < a.size(); i++) {
        int c = Long.compare(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
    TreeMap<List<Long>, GenPolynomial<BigRational>> groups = new TreeMap<>(byPowers);
    for (Monomial<BigRational> m : p) {
      List<Long> key = new ArrayList<>();
      GenPolynomial<BigRational> coefficient = ring.zero().sum(m.c, m.e);
      for (String name : STATE) {
        long k = ring.variables().contains(name) ? ring.exponent(m.e, name) : 0;
        key.add(k);
        if (k > 0) {
          coefficient = ring.divideByPower(coefficient, name, k);
        }
      }
      groups.merge(key, coefficient, GenPolynomial::sum);
    }
    List<Term> terms = new ArrayList<>();
    for (Map.Entry<List<Long>, GenPolynomial<BigRational>> group : groups.entrySet()) {
      if (!group.getValue().isZERO()) {
        terms.add(term(group.getValue(), stateMonomial(group.getKey())));
      }
    }
    return terms;
  }

  private Term term(GenPolynomial<BigRational> coefficient, String state) {
    List<Term> inner = plainTerms(coefficient);
    if (inner.size() == 1) {
      Term only = inner.get(0);
      String magnitude = only.magnitude();
      if (state.isEmpty()) {
        return only;
      }
      magnitude = magnitude.equals("1") ? state : magnitude + " " + state;
      return new Term(only.negative(), magnitude);
    }
    boolean negative = inner.get(0).negative();
    if (negative) {
      inner = negateAll(inner);
    }
    String body = "\\left(" + join(inner) + "\\right)";
    return new Term(negative, state.isEmpty() ? body : body + " " + state);
  }

  private static List<Term> negateAll(List<Term> terms) {
    List<Term> result = new ArrayList<>();
    for (Term t : terms) {
      result.add(new Term(!t.negative(), t.magnitude()));
    }
    return result;
  }

  /** Terms of a polynomial printed monomial by monomial, in the ring's printing order. */
  public List<Term> plainTerms(GenPolynomial<BigRational> p) {
    List<Term> terms = new ArrayList<>();
    List<Monomial<BigRational>> sorted = new ArrayList<>(ring.sortedTerms(p));
    sorted.sort(Comparator.comparingLong((Monomial<BigRational> m) -> m.e.totalDeg()));
    for (Monomial<BigRational> m : sorted) {
      String monomial = monomial(m.e);
      String coefficient = rational(m.c.abs());
      String magnitude;
      if (monomial.isEmpty()) {
        magnitude = coefficient;
      } else if (coefficient.equals("1")) {
        magnitude = monomial;
      } else {
        magnitude = coefficient + " " + monomial;
      }
      terms.add(new Term(m.c.signum() < 0, magnitude));
    }
    return terms;
  }

  private String monomial(ExpVector e) {
    List<String> factors = new ArrayList<>();
    for (String name : ring.variables()) {
      long k = ring.exponent(e, name);
      if (k > 0) {
        factors.add(power(MACROS.getOrDefault(name, name), k));
      }
    }
    return String.join(" ", factors);
  }

  private static String stateMonomial(List<Long> powers) {
    List<String> factors = new ArrayList<>();
    for (int i = 0; i < STATE.size(); i++) {
      if (powers.get(i) > 0) {
        factors.add(power(MACROS.get(STATE.get(i)), powers.get(i)));
      }
    }
    return String.join(" ", factors);
  }

  private static String power(String base, long k) {
    return k == 1 ? base : base + "^{" + k + "}";
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
   * Prints an element num / s^e of Q[parameters][1/s] as a fraction, keeping the power of s
   * unexpanded; a negative leading numerator term moves in front of the fraction.
   */
  public String localized(Localized q) {
    Localized r = q.reduce();
    List<Term> numerator = plainTerms(ring.convert(q.ring().parameters(), r.numerator()));
    if (r.exponent() == 0) {
      return join(numerator);
    }
    boolean negative = !numerator.isEmpty() && numerator.get(0).negative();
    if (negative) {
      numerator = negateAll(numerator);
    }
    String base = join(plainTerms(ring.convert(q.ring().parameters(), q.ring().base())));
    String denominator = r.exponent() == 1
        ? base
        : "\\left(" + base + "\\right)^{" + r.exponent() + "}";
    String fraction = "\\frac{" + join(numerator) + "}{" + denominator + "}";
    return (negative ? "-" : "") + fraction;
  }
}
