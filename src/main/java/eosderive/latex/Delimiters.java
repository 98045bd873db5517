package eosderive.latex;

import java.util.List;

/**
 * Parentheses around a printed sum, sized by what they enclose: plain when the sum contains only
 * symbols and integers, {@code \bigl( \bigr)} around nested parentheses, {@code \Bigl( \Bigr)}
 * around fractions. Fixed sizes, unlike {@code \left( \right)}, may open on one line and close
 * on another, so every parenthesised sum can be broken.
 */
final class Delimiters {

  private Delimiters() {}

  /** Wraps {@code sum}; a leading minus sign moves outside, as in -(a - b). */
  static Term wrap(List<Term> sum) {
    boolean negative = sum.get(0).negative();
    List<Term> inner = negative ? Term.negateAll(sum) : sum;
    String text = Term.join(inner);
    String size = text.contains("\\frac") ? "\\Big" : text.contains("(") ? "\\big" : "";
    String open = size.isEmpty() ? "(" : size + "l(";
    String close = size.isEmpty() ? ")" : size + "r)";
    return new Term(negative, open, inner, close);
  }
}
