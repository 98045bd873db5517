package eosderive.latex;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;
import edu.jas.ufd.FactorAbstract;
import edu.jas.ufd.FactorFactory;

/**
 * Factors polynomials over Q into a canonical, deterministic form:
 * {@code constant * product of factor^multiplicity}, where every factor has coprime integer
 * coefficients and a positive first term in printing order, and the factors are sorted by
 * degree, length and text. Because the form is canonical, it does not depend on which of the
 * equivalent factorisations JAS returns, and the product is checked against the input before
 * the result is used.
 */
final class Factorizer {

  /** One factor and its multiplicity. */
  record Power(GenPolynomial<BigRational> base, long multiplicity) {}

  /** {@code constant * product of powers}; {@code powers} is empty for a constant. */
  record Factored(BigRational constant, List<Power> powers) {}

  private static final FactorAbstract<BigRational> JAS =
      FactorFactory.getImplementation(new BigRational());

  private Factorizer() {}

  /**
   * Factors {@code p}, or returns null when the product of JAS's factors differs from
   * {@code p}; {@code order} sorts monomials in printing order.
   */
  static Factored factor(GenPolynomial<BigRational> p, Comparator<ExpVector> order) {
    if (p.isZERO()) {
      throw new ArithmeticException("cannot factor 0");
    }
    Map<GenPolynomial<BigRational>, Long> jas = JAS.factors(p);
    List<Power> powers = new ArrayList<>();
    for (Map.Entry<GenPolynomial<BigRational>, Long> e : jas.entrySet()) {
      GenPolynomial<BigRational> f = e.getKey();
      if (!f.isConstant()) {
        powers.add(new Power(f.multiply(normalizer(f, order)), e.getValue()));
      }
    }
    powers.sort(Comparator
        .comparingLong((Power q) -> q.base().totalDegree())
        .thenComparingInt(q -> q.base().length())
        .thenComparing(q -> q.base().toString()));
    GenPolynomial<BigRational> product = p.ring.getONE();
    for (Power q : powers) {
      product = product.multiply(q.base().power(q.multiplicity()));
    }
    // JAS sometimes leaves out the rational content; take the constant from the leading terms.
    BigRational constant =
        p.leadingBaseCoefficient().divide(product.leadingBaseCoefficient());
    return product.multiply(constant).equals(p) ? new Factored(constant, powers) : null;
  }

  /**
   * Returns the rational c such that c * p has coprime integer coefficients and a positive first
   * term.
   */
  static BigRational normalizer(GenPolynomial<BigRational> p, Comparator<ExpVector> order) {
    BigInteger lcm = BigInteger.ONE;
    BigInteger gcd = BigInteger.ZERO;
    Monomial<BigRational> first = null;
    for (Monomial<BigRational> m : p) {
      BigInteger d = m.c.denominator();
      lcm = lcm.divide(lcm.gcd(d)).multiply(d);
      gcd = gcd.gcd(m.c.numerator());
      if (first == null || order.compare(m.e, first.e) < 0) {
        first = m;
      }
    }
    BigRational scale = new BigRational(lcm).divide(new BigRational(gcd));
    return first.c.signum() < 0 ? scale.negate() : scale;
  }
}
