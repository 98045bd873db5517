package eosderive.latex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;

import eosderive.symbolic.PolynomialRing;

/**
 * Chooses how to print a polynomial: the variables come in levels (state variables z~, T(0);
 * then E~; then eps and lam), and a polynomial is a sum over the monomials of its first level
 * with coefficients in the deeper levels. Each coefficient is printed in the shortest of three
 * forms: expanded, grouped by the powers of its own first level, or factored (JAS, see
 * {@link Factorizer}). Ties go to the expanded form. The choice depends only on the polynomial,
 * so the output is deterministic.
 */
final class PolynomialFormat {

  /** Polynomials with more terms than this are not factored as a whole (cost). */
  static final int FACTOR_LIMIT = 60;

  private final PolynomialRing ring;
  private final List<List<String>> levels;
  private final Map<String, String> tex;
  private final Map<String, Integer> position = new LinkedHashMap<>();
  private final Comparator<ExpVector> order;

  /**
   * @param levels variable names by level, outermost first; variables of the ring that are in
   *     no level join the last one
   * @param tex the LaTeX of each variable
   */
  PolynomialFormat(PolynomialRing ring, List<List<String>> levels, Map<String, String> tex) {
    this.ring = ring;
    List<List<String>> all = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (List<String> level : levels) {
      List<String> present = level.stream().filter(ring.variables()::contains).toList();
      all.add(present);
      listed.addAll(present);
    }
    List<String> rest = ring.variables().stream().filter(v -> !listed.contains(v)).toList();
    if (!rest.isEmpty()) {
      List<String> last = new ArrayList<>(all.remove(all.size() - 1));
      last.addAll(rest);
      all.add(last);
    }
    this.levels = all;
    this.tex = tex;
    for (String name : ring.variables()) {
      ExpVector e = ring.variable(name).leadingExpVector();
      for (int j = 0; j < e.length(); j++) {
        if (e.getVal(j) == 1) {
          position.put(name, j);
        }
      }
    }
    this.order = this::compare;
  }

  PolynomialRing ring() {
    return ring;
  }

  Comparator<ExpVector> order() {
    return order;
  }

  /** Printing order: level by level, ascending powers in the order of each level's names. */
  private int compare(ExpVector a, ExpVector b) {
    for (List<String> level : levels) {
      for (String name : level) {
        int c = Long.compare(a.getVal(position.get(name)), b.getVal(position.get(name)));
        if (c != 0) {
          return c;
        }
      }
    }
    return 0;
  }

  /**
   * Returns the terms of {@code p} as a sum over monomials of the outermost level, each with its
   * coefficient in the shortest form; with {@code factorWhole} the factored form of all of p
   * competes too.
   */
  List<Term> sum(GenPolynomial<BigRational> p, boolean factorWhole) {
    if (p.isZERO()) {
      return List.of(new Term(false, "0"));
    }
    List<Term> grouped = grouped(p, 0);
    if (!factorWhole) {
      return grouped;
    }
    List<Term> factored = factored(p, 0);
    return factored != null && Term.width(factored) < Term.width(grouped) ? factored : grouped;
  }

  /**
   * Returns the shortest form of {@code p}, whose variables are all at {@code level} or deeper,
   * as it
   * prints in front of {@code monomial} (in parentheses when it is a sum). Ties go to the
   * factored form, then to the expanded one.
   */
  List<Term> best(GenPolynomial<BigRational> p, int level, String monomial) {
    List<List<Term>> candidates = new ArrayList<>();
    candidates.add(factored(p, level));
    candidates.add(flat(p));
    if (level < levels.size() - 1) {
      candidates.add(grouped(p, level));
    }
    List<Term> best = null;
    double bestWidth = Double.MAX_VALUE;
    for (List<Term> c : candidates) {
      double w = c == null ? Double.MAX_VALUE : Term.width(times(c, monomial));
      if (w < bestWidth) {
        best = c;
        bestWidth = w;
      }
    }
    return best;
  }

  private static List<Term> shorter(List<Term> a, List<Term> b) {
    return b != null && Term.width(b) < Term.width(a) ? b : a;
  }

  /** Returns one term per monomial, in printing order. */
  List<Term> flat(GenPolynomial<BigRational> p) {
    List<Monomial<BigRational>> monomials = new ArrayList<>();
    p.forEach(monomials::add);
    monomials.sort((x, y) -> compare(x.e, y.e));
    List<Term> terms = new ArrayList<>();
    for (Monomial<BigRational> m : monomials) {
      String monomial = monomial(m.e, null);
      String c = LatexPrinter.rational(m.c.abs());
      String magnitude = monomial.isEmpty() ? c
          : c.equals("1") ? monomial : c + " " + monomial;
      terms.add(new Term(m.c.signum() < 0, magnitude));
    }
    return terms;
  }

  /** Returns a sum over the monomials of {@code level}, each coefficient in its shortest form. */
  private List<Term> grouped(GenPolynomial<BigRational> p, int level) {
    while (level < levels.size() - 1 && !usesLevel(p, level)) {
      level++;
    }
    List<String> vars = levels.get(level);
    TreeMap<ExpVector, GenPolynomial<BigRational>> groups = new TreeMap<>(order);
    for (Monomial<BigRational> m : p) {
      long[] key = new long[m.e.length()];
      for (String v : vars) {
        key[position.get(v)] = m.e.getVal(position.get(v));
      }
      ExpVector k = ExpVector.create(key);
      groups.merge(k, p.ring.getZERO().sum(m.c, m.e.subtract(k)), GenPolynomial::sum);
    }
    List<Term> terms = new ArrayList<>();
    for (Map.Entry<ExpVector, GenPolynomial<BigRational>> g : groups.entrySet()) {
      String monomial = monomial(g.getKey(), vars);
      List<Term> coefficient = level + 1 < levels.size()
          ? best(g.getValue(), level + 1, monomial) : flat(g.getValue());
      terms.addAll(times(coefficient, monomial));
    }
    return terms;
  }

  private boolean usesLevel(GenPolynomial<BigRational> p, int level) {
    for (Monomial<BigRational> m : p) {
      for (String v : levels.get(level)) {
        if (m.e.getVal(position.get(v)) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the coefficient (a sum of terms) times a monomial: spliced into the outer sum when the
   * monomial is 1, one term when the coefficient is one term, else a parenthesised sum.
   */
  static List<Term> times(List<Term> coefficient, String monomial) {
    if (monomial.isEmpty()) {
      return coefficient;
    }
    if (coefficient.size() == 1) {
      return List.of(coefficient.get(0).times(monomial));
    }
    return List.of(Delimiters.wrap(coefficient).times(monomial));
  }

  /** Returns the factored form of {@code p}, or null when it is not a proper factorisation. */
  private List<Term> factored(GenPolynomial<BigRational> p, int level) {
    if (p.length() < 2 || p.length() > FACTOR_LIMIT) {
      return null;
    }
    Factorizer.Factored f = Factorizer.factor(p, order);
    if (f == null || f.powers().size() == 1 && f.powers().get(0).multiplicity() == 1
        && f.constant().abs().isONE()) {
      return null;
    }
    List<String> factors = new ArrayList<>();
    String c = LatexPrinter.rational(f.constant().abs());
    if (!c.equals("1")) {
      factors.add(c);
    }
    List<Term> last = null;
    List<Factorizer.Power> powers = f.powers();
    for (int i = 0; i < powers.size(); i++) {
      Factorizer.Power q = powers.get(i);
      if (q.base().length() == 1) {
        factors.add(LatexPrinter.power(monomial(q.base().leadingExpVector(), null),
            q.multiplicity()));
        continue;
      }
      List<Term> body = level < levels.size() - 1 ? shorter(flat(q.base()),
          grouped(q.base(), level)) : flat(q.base());
      if (i == powers.size() - 1 && q.multiplicity() == 1) {
        last = body;
      } else {
        factors.add(LatexPrinter.power(Delimiters.wrap(body).magnitude(), q.multiplicity()));
      }
    }
    boolean negative = f.constant().signum() < 0;
    String prefix = String.join(" ", factors);
    if (last == null) {
      return List.of(new Term(negative, prefix));
    }
    Term wrapped = Delimiters.wrap(last);
    return List.of(new Term(negative, prefix.isEmpty() ? wrapped.head()
        : prefix + " " + wrapped.head(), wrapped.inner(), wrapped.tail()));
  }

  /**
   * Returns the LaTeX of a monomial's variables ({@code vars}, or all when null), without
   * coefficient:
   * the deepest level first, as in eps E~ z~^2.
   */
  private String monomial(ExpVector e, List<String> vars) {
    List<String> factors = new ArrayList<>();
    for (int i = levels.size() - 1; i >= 0; i--) {
      for (String name : levels.get(i)) {
        long k = e.getVal(position.get(name));
        if (k > 0 && (vars == null || vars.contains(name))) {
          factors.add(LatexPrinter.power(tex.getOrDefault(name, name), k));
        }
      }
    }
    return String.join(" ", factors);
  }
}
