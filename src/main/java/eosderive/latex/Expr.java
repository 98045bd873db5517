package eosderive.latex;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import edu.jas.arith.BigRational;

/**
 * An expression tree over Q with named symbols: the common form into which both printed LaTeX
 * and Symja input text are read before they are compared exactly (see {@link ExactValue}).
 *
 * <p>Symbol names follow the result files: z, T, y, w, eps, lam, Et, a moment T(k) as
 * {@code T[k]} with its index in canonical form, and names defined inside a fragment (such as
 * {@code a_3} or {@code s}) as they are written there.
 */
public sealed interface Expr {

  /** A rational number. */
  record Num(BigRational value) implements Expr {}

  /** A named symbol. */
  record Sym(String name) implements Expr {}

  /** A sum of terms. */
  record Sum(List<Expr> terms) implements Expr {}

  /** A product of factors. */
  record Product(List<Expr> factors) implements Expr {}

  /** {@code base} to an integer power, which may be negative. */
  record Power(Expr base, int exponent) implements Expr {}

  /** {@code numerator / denominator}. */
  record Quotient(Expr numerator, Expr denominator) implements Expr {}

  /** {@code -operand}. */
  record Negation(Expr operand) implements Expr {}

  /** Returns every symbol name that occurs in {@code e}, sorted. */
  static Set<String> symbols(Expr e) {
    Set<String> names = new TreeSet<>();
    collect(e, names);
    return names;
  }

  private static void collect(Expr e, Set<String> names) {
    if (e instanceof Sym s) {
      names.add(s.name());
    } else if (e instanceof Sum s) {
      s.terms().forEach(t -> collect(t, names));
    } else if (e instanceof Product p) {
      p.factors().forEach(f -> collect(f, names));
    } else if (e instanceof Power p) {
      collect(p.base(), names);
    } else if (e instanceof Quotient q) {
      collect(q.numerator(), names);
      collect(q.denominator(), names);
    } else if (e instanceof Negation n) {
      collect(n.operand(), names);
    }
  }
}
