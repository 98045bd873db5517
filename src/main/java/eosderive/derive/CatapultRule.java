package eosderive.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.gb.GroebnerBaseSeq;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import edu.jas.poly.TermOrder;
import edu.jas.ufd.FactorFactory;

import eosderive.output.DerivationResult;
import eosderive.symbolic.PolynomialRing;

/**
 * The sharpness rule at eps = 1 (Q with eigenvalues {1, -1}).
 *
 * <p>The one-step sharpness update is linear in T: T_(t+1) = A(z) T_t + B(z). A level c with
 * T_(t+1) - c = (T_t - c) A(z) for every z exists exactly when B(z) + c (A(z) - 1) vanishes
 * identically in z. Its z-coefficients are polynomials in (c, eps, Et), and a lex Groebner basis
 * with c > eps > Et (JAS) describes every (eps, Et) for which such a level exists. For
 * 0 < eps <= 1 that leaves eps = 1, Et = 0 and c = 4, where A = 1 + z^2: the rule
 * T_(t+1) - 4 = (T_t - 4)(1 + z_t^2) with a factor >= 1. So T - 4 keeps its sign and never
 * shrinks in size: below 4 the sharpness only decreases, T_(t+1) - T_t = z_t^2 (T_t - 4) <= 0,
 * and it cannot sharpen back to the edge T = 2; there is no edge-of-stability phase.
 */
public final class CatapultRule {

  private static final PolynomialRing RING = Symbols.RING;

  /** Q[c, eps, Et] in lex order c > eps > Et (JAS INVLEX orders the last name highest). */
  private static final GenPolynomialRing<BigRational> LEX = new GenPolynomialRing<>(
      new BigRational(), new TermOrder(TermOrder.INVLEX), new String[] {"Et", "eps", "c"});

  /** Q[z, eps, Et, c]: the one-step coefficients with the unknown level c. */
  static final PolynomialRing LEVEL = new PolynomialRing("z", "eps", "Et", "c");

  private final GenPolynomial<BigRational> a;
  private final GenPolynomial<BigRational> b;
  private final List<GenPolynomial<BigRational>> conditions;
  private final List<GenPolynomial<BigRational>> basis;

  private CatapultRule(GenPolynomial<BigRational> a, GenPolynomial<BigRational> b,
      List<GenPolynomial<BigRational>> conditions, List<GenPolynomial<BigRational>> basis) {
    this.a = a;
    this.b = b;
    this.conditions = List.copyOf(conditions);
    this.basis = List.copyOf(basis);
  }

  /** Splits the one-step sharpness update and computes the level conditions. */
  public static CatapultRule derive(OneStepMap oneStep) {
    GenPolynomial<BigRational> tNext = oneStep.tNext();
    if (RING.degree(tNext, "T") != 1) {
      throw new IllegalStateException("T_(t+1) is not linear in T: " + RING.toInput(tNext));
    }
    GenPolynomial<BigRational> a = RING.coefficient(tNext, "T", 1);
    GenPolynomial<BigRational> b = RING.coefficient(tNext, "T", 0);
    GenPolynomial<BigRational> residual = LEVEL.convert(RING, b).sum(LEVEL.variable("c")
        .multiply(LEVEL.convert(RING, a).subtract(LEVEL.jas().getONE())));
    List<GenPolynomial<BigRational>> conditions = new ArrayList<>();
    for (long k = 0; k <= LEVEL.degree(residual, "z"); k++) {
      GenPolynomial<BigRational> c = LEVEL.coefficient(residual, "z", k);
      if (!c.isZERO()) {
        conditions.add(c);
      }
    }
    List<GenPolynomial<BigRational>> inLex = new ArrayList<>();
    for (GenPolynomial<BigRational> c : conditions) {
      inLex.add(LEX.parse(LEVEL.toInput(c)));
    }
    List<GenPolynomial<BigRational>> basis = new GroebnerBaseSeq<BigRational>().GB(inLex);
    return new CatapultRule(a, b, conditions, basis);
  }

  /** A(z, eps, Et): T_(t+1) = A T_t + B. */
  public GenPolynomial<BigRational> a() {
    return a;
  }

  /** B(z, eps, Et). */
  public GenPolynomial<BigRational> b() {
    return b;
  }

  /** Returns the z-coefficients of B + c (A - 1), polynomials in eps, Et and c. */
  public List<GenPolynomial<BigRational>> conditions() {
    return conditions;
  }

  /** Returns the lex Groebner basis (c > eps > Et) of the level conditions, in LEVEL. */
  public List<GenPolynomial<BigRational>> basis() {
    List<GenPolynomial<BigRational>> result = new ArrayList<>();
    for (GenPolynomial<BigRational> g : basis) {
      result.add(fromLex(LEX, g));
    }
    return result;
  }

  /** Returns the factor g(z) = A(z) at eps = 1, Et = 0. */
  public GenPolynomial<BigRational> factor() {
    return RING.substitute(a, Map.of("eps", RING.jas().getONE(), "Et", RING.zero()));
  }

  /**
   * Computes the level c at eps = 1, Et = 0 from B = c (1 - A).
   *
   * @throws IllegalStateException if B / (1 - A) is not a constant
   */
  public BigRational level() {
    Map<String, GenPolynomial<BigRational>> point =
        Map.of("eps", RING.jas().getONE(), "Et", RING.zero());
    GenPolynomial<BigRational> bAt = RING.substitute(b, point);
    GenPolynomial<BigRational> oneMinusA = RING.jas().getONE().subtract(factor());
    GenPolynomial<BigRational>[] qr = bAt.quotientRemainder(oneMinusA);
    if (!qr[1].isZERO() || !qr[0].isConstant()) {
      throw new IllegalStateException("B/(1 - A) is not a constant at eps = 1, Et = 0");
    }
    return qr[0].leadingBaseCoefficient();
  }

  /** At eps = 1 and symbolic Et: T_(t+1) - c - (T_t - c) A(z), the part that breaks the rule. */
  public GenPolynomial<BigRational> obstructionInEt() {
    GenPolynomial<BigRational> c = RING.constant(level());
    Map<String, GenPolynomial<BigRational>> point = Map.of("eps", RING.jas().getONE());
    GenPolynomial<BigRational> aAt = RING.substitute(a, point);
    GenPolynomial<BigRational> bAt = RING.substitute(b, point);
    return bAt.subtract(c).sum(c.multiply(aAt));
  }

  /**
   * The level conditions free of c: each must vanish for a level to exist whatever c is. For
   * this model one of them is 2 eps - 2 eps^2 (up to sign), non-zero for 0 < eps < 1.
   */
  public List<GenPolynomial<BigRational>> obstructionsInEps() {
    List<GenPolynomial<BigRational>> free = new ArrayList<>();
    for (GenPolynomial<BigRational> condition : conditions) {
      if (LEVEL.degree(condition, "c") == 0) {
        free.add(condition);
      }
    }
    return free;
  }

  /** Converts a polynomial of the lex ring to {@link #LEVEL} by variable name. */
  static GenPolynomial<BigRational> fromLex(
      GenPolynomialRing<BigRational> lex, GenPolynomial<BigRational> p) {
    GenPolynomial<BigRational> result = LEVEL.zero();
    for (Monomial<BigRational> m : p) {
      GenPolynomial<BigRational> term = LEVEL.constant(m.c);
      for (String name : lex.getVars()) {
        ExpVector unit = lex.univariate(name).leadingExpVector();
        long k = 0;
        for (int j = 0; j < unit.length(); j++) {
          k += unit.getVal(j) * m.e.getVal(j);
        }
        term = term.multiply(LEVEL.variable(name).power(k));
      }
      result = result.sum(term);
    }
    return result;
  }

  /**
   * Reads the solutions with 0 < eps <= 1 off the basis: the rational roots of its
   * eps-only element, and the other elements at each root.
   */
  public Map<String, List<String>> solutionsInRange() {
    Map<String, List<String>> solutions = new LinkedHashMap<>();
    for (GenPolynomial<BigRational> q : basis()) {
      if (LEVEL.degree(q, "c") > 0 || LEVEL.degree(q, "Et") > 0) {
        continue;
      }
      for (BigRational root : rationalRoots(q)) {
        if (root.signum() <= 0 || root.compareTo(BigRational.ONE) > 0) {
          continue;
        }
        List<String> rest = new ArrayList<>();
        for (GenPolynomial<BigRational> other : basis()) {
          GenPolynomial<BigRational> at = LEVEL.substitute(other, "eps", LEVEL.constant(root));
          if (!at.isZERO()) {
            rest.add(LEVEL.toInput(at) + " = 0");
          }
        }
        solutions.put("eps = " + root, rest);
      }
    }
    return solutions;
  }

  private static List<BigRational> rationalRoots(GenPolynomial<BigRational> q) {
    List<BigRational> roots = new ArrayList<>();
    for (GenPolynomial<BigRational> f : FactorFactory.getImplementation(new BigRational())
        .factors(q).keySet()) {
      if (LEVEL.degree(f, "eps") == 1) {
        BigRational slope = LEVEL.coefficient(f, "eps", 1).leadingBaseCoefficient();
        GenPolynomial<BigRational> constant = LEVEL.coefficient(f, "eps", 0);
        BigRational c = constant.isZERO() ? BigRational.ZERO : constant.leadingBaseCoefficient();
        roots.add(c.negate().divide(slope));
      }
    }
    roots.sort(BigRational::compareTo);
    return roots;
  }

  /** The {@code catapult-rule} result. */
  public DerivationResult result() {
    DerivationResult result = new DerivationResult(
        "catapult-rule", "Sharpness rule at eps = 1 (eigenvalues {1, -1}), Et = 0");
    result.put("symbols", Symbols.meanings());
    Map<String, String> update = new LinkedHashMap<>();
    update.put("A", RING.toInput(a));
    update.put("B", RING.toInput(b));
    result.put("oneStepSharpness", update);
    result.put("oneStepSharpnessNote", "T_(t+1) = A(z)*T_t + B(z), exact");
    List<String> conditionTexts = new ArrayList<>();
    for (GenPolynomial<BigRational> c : conditions) {
      conditionTexts.add(LEVEL.toInput(c) + " = 0");
    }
    result.put("levelConditions", conditionTexts);
    List<String> basisTexts = new ArrayList<>();
    for (GenPolynomial<BigRational> g : basis()) {
      basisTexts.add(LEVEL.toInput(g) + " = 0");
    }
    result.put("groebnerBasis", basisTexts);
    result.put("solutionsWith0<eps<=1", solutionsInRange());
    BigRational c = level();
    GenPolynomial<BigRational> g = factor();
    result.put("rule", "T_(t+1) - " + c + " = (T_t - " + c + ")*(" + RING.toInput(g) + ")");
    result.put("stepChange", "T_(t+1) - T_t = (T_t - " + c + ")*("
        + RING.toInput(g.subtract(RING.jas().getONE())) + ")");
    result.put("meaning", "the factor is at least 1, so T - " + c + " keeps its sign and its"
        + " size never shrinks: once T < " + c + " the sharpness only decreases, so it cannot"
        + " rise to the edge T = 2 from below and no edge-of-stability phase occurs; with"
        + " 2 < T < " + c + " the residual grows (|1 - T| > 1) until T falls below 2 (catapult)");
    Map<String, String> survival = new LinkedHashMap<>();
    survival.put("Et != 0 at eps = 1", "fails: T_(t+1) - " + c + " - (T_t - " + c + ")*("
        + RING.toInput(g) + ") = " + RING.toInput(obstructionInEt()));
    List<String> free = new ArrayList<>();
    for (GenPolynomial<BigRational> o : obstructionsInEps()) {
      free.add(LEVEL.toInput(o));
    }
    survival.put("eps < 1", "fails for every level c: the level conditions contain "
        + String.join(" = 0, ", free) + " = 0, free of c, with no root in 0 < eps < 1");
    result.put("survival", survival);
    Map<String, Object> exact = new LinkedHashMap<>();
    exact.put("level", c.toString());
    exact.put("g", RING.toInput(g));
    exact.put("obstructionInEt", RING.toInput(obstructionInEt()));
    List<String> freeRelations = new ArrayList<>();
    for (GenPolynomial<BigRational> o : obstructionsInEps()) {
      freeRelations.add(LEVEL.toInput(o) + " == 0");
    }
    exact.put("levelFreeConditions", freeRelations);
    result.put("exact", exact);
    result.tex(CatapultRuleChecks.latex(this));
    return result;
  }
}
