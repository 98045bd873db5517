package eosderive.latex;

import java.util.ArrayList;
import java.util.List;

/**
 * One signed term of a printed sum. A term whose magnitude contains a parenthesised sum keeps
 * that sum's terms in {@code inner}, between {@code head} (ending with the opening delimiter)
 * and {@code tail} (starting with the closing one), so that a long term can be broken across
 * lines inside its parentheses.
 */
public record Term(boolean negative, String head, List<Term> inner, String tail) {

  public Term {
    inner = List.copyOf(inner);
  }

  /** Creates a term that is printed as one piece. */
  public Term(boolean negative, String magnitude) {
    this(negative, magnitude, List.of(), "");
  }

  public boolean breakable() {
    return !inner.isEmpty();
  }

  /** Returns the text of the term without its sign. */
  public String magnitude() {
    return inner.isEmpty() ? head : head + join(inner) + tail;
  }

  public Term negate() {
    return new Term(!negative, head, inner, tail);
  }

  /**
   * Returns the same term multiplied by a factor printed after it (a separating space is added).
   */
  public Term times(String factor) {
    if (factor.isEmpty()) {
      return this;
    }
    if (inner.isEmpty()) {
      return new Term(negative, head.equals("1") ? factor : head + " " + factor);
    }
    return new Term(negative, head, inner, tail + " " + factor);
  }

  /** Joins terms into a sum, the first with a leading minus sign if it is negative. */
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

  static List<Term> negateAll(List<Term> terms) {
    List<Term> result = new ArrayList<>();
    for (Term t : terms) {
      result.add(t.negate());
    }
    return result;
  }

  static double width(List<Term> terms) {
    return TexWidth.of(join(terms));
  }
}
