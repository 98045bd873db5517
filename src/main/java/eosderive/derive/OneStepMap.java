package eosderive.derive;

import java.util.LinkedHashMap;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.model.ModelDefinition;
import eosderive.symbolic.PolynomialRing;
import eosderive.symbolic.Symja;

import org.matheclipse.core.interfaces.IExpr;

/**
 * The closed one-step map in (z, T), derived from the model definition.
 *
 * <p>Q satisfies its characteristic polynomial, so with eigenvalues {1, lam} the moments obey
 * the Cayley-Hamilton recursion c_2 T[k+2] + c_1 T[k+1] + c_0 T[k] = 0, where c_i are the
 * coefficients of (x - 1)(x - lam). The conserved quantity gives T[-1] in terms of z and Et, and
 * the recursion then gives T[1] and T[2]. Substituting them into the model's update rules gives
 * a polynomial map of (z, T) with parameters (lam, Et) (paper, eqs 14-15 and 65-66); lam = -eps
 * gives the edge-of-stability family.
 */
public final class OneStepMap {

  /** Symja expressions for T[-1], T[1], T[2] in terms of z, T, lam and Et. */
  private final Map<String, IExpr> moments;
  private final IExpr recurrence;
  private final GenPolynomial<BigRational> zNextLam;
  private final GenPolynomial<BigRational> tNextLam;
  private final GenPolynomial<BigRational> zNext;
  private final GenPolynomial<BigRational> tNext;

  private OneStepMap(
      Map<String, IExpr> moments,
      IExpr recurrence,
      GenPolynomial<BigRational> zNextLam,
      GenPolynomial<BigRational> tNextLam,
      GenPolynomial<BigRational> lamOnEdge) {
    this.moments = moments;
    this.recurrence = recurrence;
    this.zNextLam = zNextLam;
    this.tNextLam = tNextLam;
    PolynomialRing ring = Symbols.RING;
    this.zNext = ring.substitute(zNextLam, "lam", lamOnEdge);
    this.tNext = ring.substitute(tNextLam, "lam", lamOnEdge);
  }

  /** Derives the closed map from {@code model}. */
  public static OneStepMap derive(ModelDefinition model, Symja symja) {
    IExpr eigenvalues = symja.eval(model.entry("eigenvalues"));
    IExpr characteristic = symja.eval("Expand[Times @@ (chiX - " + eigenvalues + ")]");
    IExpr c = symja.eval("CoefficientList[" + characteristic + ", chiX]");
    if (c.argSize() != 3) {
      throw new IllegalArgumentException(
          "the closure needs exactly two eigenvalues of Q, found " + eigenvalues);
    }
    IExpr c0 = c.getAt(1);
    IExpr c1 = c.getAt(2);
    IExpr c2 = c.getAt(3);
    IExpr recurrence = symja.eval(
        "Expand[-((" + c0 + ")*T[k] + (" + c1 + ")*T[k+1])/(" + c2 + ")]");

    // T[-1] from the conserved quantity, then T[1], T[2] by the recursion from T[-1], T[0].
    IExpr solution = symja.eval(
        "Solve[ReplaceAll[" + model.entry("conserved") + ", T[-1] -> tMinusOne] == Et, tMinusOne]");
    IExpr tMinus1 = symja.eval("Expand[tMinusOne /. First[" + solution + "]]");
    IExpr t1 = step(symja, recurrence, tMinus1, symja.parse("T"));
    IExpr t2 = step(symja, recurrence, symja.parse("T"), t1);
    Map<String, IExpr> moments = new LinkedHashMap<>();
    moments.put("T(-1)", tMinus1);
    moments.put("T(1)", t1);
    moments.put("T(2)", t2);

    String rules = "{T[-1] -> (" + tMinus1 + "), T[0] -> T, T[1] -> (" + t1 + "), T[2] -> ("
        + t2 + ")}";
    IExpr zNext = symja.eval("Expand[ReplaceAll[" + model.entry("zNext") + ", " + rules + "]]");
    IExpr tNext = symja.eval(
        "Expand[ReplaceAll[ReplaceAll[" + model.entry("momentNext") + ", k -> 0], " + rules
            + "]]");
    PolynomialRing ring = Symbols.RING;
    GenPolynomial<BigRational> lamOnEdge = ring.fromSymja(symja.eval(model.entry("edgeFamily")));
    return new OneStepMap(
        moments, recurrence, ring.fromSymja(zNext), ring.fromSymja(tNext), lamOnEdge);
  }

  private static IExpr step(Symja symja, IExpr recurrence, IExpr tk, IExpr tk1) {
    return symja.eval(
        "Expand[ReplaceAll[" + recurrence + ", {T[k] -> (" + tk + "), T[k+1] -> (" + tk1 + ")}]]");
  }

  /** T[-1], T[1], T[2] of the closure, in terms of z, T, lam and Et. */
  public Map<String, IExpr> moments() {
    return moments;
  }

  /** T[k+2] in terms of T[k] and T[k+1]. */
  public IExpr recurrence() {
    return recurrence;
  }

  /** z_(t+1) as a polynomial in z, T, lam, Et. */
  public GenPolynomial<BigRational> zNextLam() {
    return zNextLam;
  }

  /** T_(t+1) as a polynomial in z, T, lam, Et. */
  public GenPolynomial<BigRational> tNextLam() {
    return tNextLam;
  }

  /** z_(t+1) on the edge family, a polynomial in z, T, eps, Et. */
  public GenPolynomial<BigRational> zNext() {
    return zNext;
  }

  /** T_(t+1) on the edge family, a polynomial in z, T, eps, Et. */
  public GenPolynomial<BigRational> tNext() {
    return tNext;
  }
}
