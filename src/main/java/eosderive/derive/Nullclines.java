package eosderive.derive;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.ufd.Quotient;

import eosderive.symbolic.PolynomialRing;
import eosderive.symbolic.RationalFunctionField;

/**
 * Nullclines of a map (z, T) -> (z', T'). Both z' - z and T' - T vanish on the line z = 0, so
 * each is z times a divided equation F(z, T); the nullcline is F = 0. When F is linear in T the
 * nullcline is the graph T = f(z) of a rational function (paper, eqs 69-70).
 */
public final class Nullclines {

  private Nullclines() {}

  /** Returns F = (next - current) / z; fails if the difference is not divisible by z. */
  public static GenPolynomial<BigRational> divided(
      GenPolynomial<BigRational> next, String variable) {
    PolynomialRing ring = Symbols.RING;
    return ring.divideByPower(next.subtract(ring.variable(variable)), "z", 1);
  }

  /**
   * Solves F(z, T) = 0 for T when F is linear in T: T = -F_0(z) / F_1(z).
   *
   * @throws ArithmeticException if F is not linear in T
   */
  public static Quotient<BigRational> solveLinearInT(GenPolynomial<BigRational> f) {
    PolynomialRing ring = Symbols.RING;
    if (ring.degree(f, "T") != 1) {
      throw new ArithmeticException(
          "nullcline equation has degree " + ring.degree(f, "T") + " in T, not 1: "
              + ring.toInput(f));
    }
    RationalFunctionField field = Symbols.EPS_Z_FIELD;
    GenPolynomial<BigRational> f0 = field.parameters().convert(ring, ring.coefficient(f, "T", 0));
    GenPolynomial<BigRational> f1 = field.parameters().convert(ring, ring.coefficient(f, "T", 1));
    return field.of(f0.negate(), f1);
  }
}
