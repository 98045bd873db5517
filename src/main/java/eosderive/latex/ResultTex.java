package eosderive.latex;

import java.util.ArrayList;
import java.util.List;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.derive.Symbols;

/**
 * Building blocks for the fragments of the results derived after the foundation (the
 * y-dynamics, its fixed point, the limit series and what follows from them): polynomials and
 * quotients over {@link Symbols#RING} printed by {@link LatexPrinter}, truncated series in one
 * symbol, and text lines whose inline math is notation (marked {@code % eos-text}, see
 * {@link RoundTrip}). The displays themselves are {@link Display}s with {@code % eos-check}
 * annotations, so every derived formula is read back.
 */
public final class ResultTex {

  private ResultTex() {}

  /** Returns the terms of {@code p}: ascending powers of z~, T(0), y; shortest coefficients. */
  public static List<Term> terms(GenPolynomial<BigRational> p) {
    return FoundationTex.LATEX.terms(p);
  }

  /** Returns {@code p} as one product term when that is shorter, else as {@link #terms}. */
  public static List<Term> factoredTerms(GenPolynomial<BigRational> p) {
    return FoundationTex.LATEX.factoredTerms(p);
  }

  /** Returns num / den with integer coefficients and a positive denominator. */
  public static List<Term> quotient(GenPolynomial<BigRational> num,
      GenPolynomial<BigRational> den) {
    return FoundationTex.LATEX.quotient(num, den);
  }

  /**
   * Returns the series {@code sum_k c_k x^k + O(x^{order + 1})} over the non-zero coefficients,
   * where {@code coefficients.get(k)} is c_k and {@code x} is the LaTeX of the symbol.
   */
  public static List<Term> series(List<BigRational> coefficients, String x, int order) {
    List<Term> terms = new ArrayList<>();
    for (int k = 0; k <= order && k < coefficients.size(); k++) {
      BigRational c = coefficients.get(k);
      if (c.isZERO()) {
        continue;
      }
      String power = k == 0 ? "" : LatexPrinter.power(x, k);
      String size = LatexPrinter.rational(c.abs());
      String magnitude = power.isEmpty() ? size
          : size.equals("1") ? power : size + " " + power;
      terms.add(new Term(c.signum() < 0, magnitude));
    }
    terms.add(new Term(false, "O(" + LatexPrinter.power(x, order + 1) + ")"));
    return terms;
  }

  /** Returns a signed rational, such as {@code -\frac{3}{8}}. */
  public static String rational(BigRational r) {
    return LatexPrinter.signedRational(r);
  }

  /** Returns {@code p} on one line. */
  public static String inline(GenPolynomial<BigRational> p) {
    return Term.join(terms(p));
  }

  /**
   * Returns one line of prose, marked {@code % eos-text} when it contains inline math, which
   * must be notation or a transcription, never a derived value.
   */
  public static String text(String line) {
    return (line.contains("$") ? "% eos-text\n" : "") + line + "\n";
  }
}
