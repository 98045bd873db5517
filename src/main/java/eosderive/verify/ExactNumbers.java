package eosderive.verify;

import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;

import eosderive.symbolic.PolynomialRing;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Exact rationals and polynomials turned into Apfloat numbers of a fixed precision. Every value
 * starts from integers, never from a double, so no binary rounding enters the checks.
 */
public final class ExactNumbers {

  private ExactNumbers() {}

  /** p/q rounded to the helper's precision. */
  public static Apfloat of(FixedPrecisionApfloatHelper helper, BigRational r) {
    long precision = helper.precision();
    return helper.divide(
        new Apfloat(r.numerator(), precision), new Apfloat(r.denominator(), precision));
  }

  /** numerator/denominator rounded to the helper's precision. */
  public static Apfloat of(FixedPrecisionApfloatHelper helper, long numerator, long denominator) {
    return of(helper, new BigRational(numerator, denominator));
  }

  /** Evaluates {@code p} at the given values; every variable of p must have a value. */
  public static Apfloat evaluate(FixedPrecisionApfloatHelper helper, PolynomialRing ring,
      GenPolynomial<BigRational> p, Map<String, Apfloat> values) {
    Apfloat sum = new Apfloat(0, helper.precision());
    for (Monomial<BigRational> m : p) {
      Apfloat term = of(helper, m.c);
      for (String name : ring.variables()) {
        long k = ring.exponent(m.e, name);
        if (k == 0) {
          continue;
        }
        Apfloat value = values.get(name);
        if (value == null) {
          throw new IllegalArgumentException("no value for variable " + name + " of "
              + ring.toInput(p));
        }
        term = helper.multiply(term, helper.pow(value, k));
      }
      sum = helper.add(sum, term);
    }
    return sum;
  }

  /** Agreeing decimal digits, -log10(|a - b| / |b|), capped at the helper's precision. */
  public static double agreeingDigits(FixedPrecisionApfloatHelper helper, Apfloat a, Apfloat b) {
    Apfloat difference = helper.abs(helper.subtract(a, b));
    if (difference.signum() == 0) {
      return helper.precision();
    }
    double relative = difference.doubleValue() / helper.abs(b).doubleValue();
    return Math.min(helper.precision(), -Math.log10(relative));
  }
}
