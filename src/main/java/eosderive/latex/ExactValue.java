package eosderive.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;

import eosderive.symbolic.PolynomialRing;

/**
 * Exact rational functions over Q for comparing two {@link Expr} trees: each tree is evaluated
 * to numerator / denominator in one polynomial ring over the union of their symbols, and the
 * trees are equal when n1 d2 = n2 d1. Symbols get neutral internal names (v0, v1, ...) so any
 * printed name is allowed.
 */
public final class ExactValue {

  private final GenPolynomialRing<BigRational> ring;
  private final List<String> names;
  private final List<String> ringNames;

  private ExactValue(Set<String> symbols) {
    this.names = new ArrayList<>(symbols);
    String[] internal = new String[Math.max(1, names.size())];
    for (int i = 0; i < internal.length; i++) {
      internal[i] = "v" + i;
    }
    this.ring = new GenPolynomialRing<>(new BigRational(), internal);
    this.ringNames = List.of(internal);
  }

  private ExactValue(PolynomialRing target) {
    this.names = target.variables();
    this.ring = target.jas();
    this.ringNames = target.variables();
  }

  /**
   * Evaluates {@code e} in {@code target} as {numerator, denominator}; every symbol of e must be
   * a variable of target.
   */
  public static GenPolynomial<BigRational>[] fraction(Expr e, PolynomialRing target) {
    for (String name : Expr.symbols(e)) {
      if (!target.variables().contains(name)) {
        throw new IllegalArgumentException("symbol " + name + " is not a variable of " + target);
      }
    }
    return new ExactValue(target).evaluate(e);
  }

  /** Whether {@code a} and {@code b} are the same rational function. */
  public static boolean equal(Expr a, Expr b) {
    Set<String> symbols = new TreeSet<>(Expr.symbols(a));
    symbols.addAll(Expr.symbols(b));
    ExactValue field = new ExactValue(symbols);
    GenPolynomial<BigRational>[] x = field.evaluate(a);
    GenPolynomial<BigRational>[] y = field.evaluate(b);
    return x[0].multiply(y[1]).equals(y[0].multiply(x[1]));
  }

  /**
   * Prints a polynomial expression in a fixed form that does not depend on how it was written,
   * for example {@code 1+k} and {@code k + 1} alike; fails on a proper fraction of polynomials.
   */
  public static String canonicalText(Expr e) {
    ExactValue field = new ExactValue(Expr.symbols(e));
    GenPolynomial<BigRational>[] v = field.evaluate(e);
    if (!v[1].isConstant()) {
      throw new ArithmeticException("not a polynomial");
    }
    GenPolynomial<BigRational> p = v[0].divide(v[1].leadingBaseCoefficient());
    if (p.isConstant()) {
      return p.isZERO() ? "0" : p.leadingBaseCoefficient().toString();
    }
    return p.toString(field.names.toArray(new String[0])).replace(" ", "");
  }

  /** Replaces every symbol bound in {@code definitions} by its definition, recursively. */
  public static Expr substitute(Expr e, Map<String, Expr> definitions) {
    if (e instanceof Expr.Sym s) {
      Expr bound = definitions.get(s.name());
      return bound == null ? e : substitute(bound, definitions);
    }
    if (e instanceof Expr.Sum s) {
      return new Expr.Sum(s.terms().stream().map(t -> substitute(t, definitions)).toList());
    }
    if (e instanceof Expr.Product p) {
      return new Expr.Product(
          p.factors().stream().map(f -> substitute(f, definitions)).toList());
    }
    if (e instanceof Expr.Power p) {
      return new Expr.Power(substitute(p.base(), definitions), p.exponent());
    }
    if (e instanceof Expr.Quotient q) {
      return new Expr.Quotient(
          substitute(q.numerator(), definitions), substitute(q.denominator(), definitions));
    }
    if (e instanceof Expr.Negation n) {
      return new Expr.Negation(substitute(n.operand(), definitions));
    }
    return e;
  }

  /** Evaluates {@code e} as {numerator, denominator}; fails on division by zero. */
  private GenPolynomial<BigRational>[] evaluate(Expr e) {
    if (e instanceof Expr.Num n) {
      return pair(ring.getONE().multiply(n.value()), ring.getONE());
    }
    if (e instanceof Expr.Sym s) {
      return pair(ring.univariate(ringNames.get(names.indexOf(s.name()))), ring.getONE());
    }
    if (e instanceof Expr.Negation n) {
      GenPolynomial<BigRational>[] v = evaluate(n.operand());
      return pair(v[0].negate(), v[1]);
    }
    if (e instanceof Expr.Sum s) {
      GenPolynomial<BigRational>[] total = pair(ring.getZERO(), ring.getONE());
      for (Expr t : s.terms()) {
        total = add(total, evaluate(t));
      }
      return total;
    }
    if (e instanceof Expr.Product p) {
      GenPolynomial<BigRational>[] total = pair(ring.getONE(), ring.getONE());
      for (Expr f : p.factors()) {
        GenPolynomial<BigRational>[] v = evaluate(f);
        total = pair(total[0].multiply(v[0]), total[1].multiply(v[1]));
      }
      return total;
    }
    if (e instanceof Expr.Quotient q) {
      GenPolynomial<BigRational>[] n = evaluate(q.numerator());
      GenPolynomial<BigRational>[] d = evaluate(q.denominator());
      return pair(n[0].multiply(d[1]), n[1].multiply(d[0]));
    }
    Expr.Power p = (Expr.Power) e;
    GenPolynomial<BigRational>[] b = evaluate(p.base());
    int k = Math.abs(p.exponent());
    return p.exponent() >= 0 ? pair(b[0].power(k), b[1].power(k))
        : pair(b[1].power(k), b[0].power(k));
  }

  /**
   * a + b over the larger denominator when one denominator divides the other (as powers of one
   * polynomial do), else over their product; this keeps sums of series coefficients small.
   */
  private static GenPolynomial<BigRational>[] add(
      GenPolynomial<BigRational>[] a, GenPolynomial<BigRational>[] b) {
    GenPolynomial<BigRational>[] q = a[1].quotientRemainder(b[1]);
    if (q[1].isZERO()) {
      return pair(a[0].sum(b[0].multiply(q[0])), a[1]);
    }
    q = b[1].quotientRemainder(a[1]);
    if (q[1].isZERO()) {
      return pair(a[0].multiply(q[0]).sum(b[0]), b[1]);
    }
    return pair(a[0].multiply(b[1]).sum(b[0].multiply(a[1])), a[1].multiply(b[1]));
  }

  private static GenPolynomial<BigRational>[] pair(
      GenPolynomial<BigRational> numerator, GenPolynomial<BigRational> denominator) {
    if (denominator.isZERO()) {
      throw new ArithmeticException("division by zero");
    }
    @SuppressWarnings("unchecked")
    GenPolynomial<BigRational>[] result = new GenPolynomial[] {numerator, denominator};
    return result;
  }
}
