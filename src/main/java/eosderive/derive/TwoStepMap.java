package eosderive.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.symbolic.PolynomialRing;

/**
 * The two-step map (z_t, T_t) -> (z_(t+2), T_(t+2)): the one-step map composed with itself and
 * fully expanded, with its coefficient polynomials z_(t+2) = sum of p_i(z) T^i and
 * T_(t+2) = sum of q_i(z) T^i (paper, eqs 71-72).
 */
public final class TwoStepMap {

  private final GenPolynomial<BigRational> zNext2;
  private final GenPolynomial<BigRational> tNext2;

  private TwoStepMap(GenPolynomial<BigRational> zNext2, GenPolynomial<BigRational> tNext2) {
    this.zNext2 = zNext2;
    this.tNext2 = tNext2;
  }

  /** Composes the edge-family one-step map with itself. */
  public static TwoStepMap derive(OneStepMap oneStep) {
    return new TwoStepMap(
        compose(oneStep.zNext(), oneStep), compose(oneStep.tNext(), oneStep));
  }

  /** Returns p(z_(t+1), T_(t+1)) as a polynomial in (z_t, T_t). */
  static GenPolynomial<BigRational> compose(GenPolynomial<BigRational> p, OneStepMap oneStep) {
    return Symbols.RING.substitute(p, Map.of("z", oneStep.zNext(), "T", oneStep.tNext()));
  }

  public GenPolynomial<BigRational> zNext2() {
    return zNext2;
  }

  public GenPolynomial<BigRational> tNext2() {
    return tNext2;
  }

  /** p_0 ... p_d: the coefficients of T^i in z_(t+2), polynomials in z, eps, Et. */
  public List<GenPolynomial<BigRational>> p() {
    return coefficientsInT(zNext2);
  }

  /** q_0 ... q_d: the coefficients of T^i in T_(t+2), polynomials in z, eps, Et. */
  public List<GenPolynomial<BigRational>> q() {
    return coefficientsInT(tNext2);
  }

  private static List<GenPolynomial<BigRational>> coefficientsInT(GenPolynomial<BigRational> f) {
    PolynomialRing ring = Symbols.RING;
    List<GenPolynomial<BigRational>> coefficients = new ArrayList<>();
    for (long i = 0; i <= ring.degree(f, "T"); i++) {
      coefficients.add(ring.coefficient(f, "T", i));
    }
    return coefficients;
  }
}
