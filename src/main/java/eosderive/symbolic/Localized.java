package eosderive.symbolic;

import java.util.ArrayList;
import java.util.List;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

/**
 * Rational functions whose denominator is a power of one fixed polynomial s: the ring
 * Q[parameters][1/s]. An element is numerator / s^exponent.
 *
 * <p>Series solutions of F(x, w) = 0 only ever divide by s = dF/dw(0, 0), so their coefficients
 * live in this ring. Its arithmetic needs polynomial products and no greatest common divisors,
 * which keeps high-order series with symbolic parameters fast: a general rational function
 * field spent more than a minute on order 8 where this ring takes well under a second.
 */
public final class Localized {

  /** The ring Q[parameters][1/s] for one polynomial s. */
  public static final class Ring {
    private final PolynomialRing parameters;
    private final GenPolynomial<BigRational> s;
    private final List<GenPolynomial<BigRational>> powers = new ArrayList<>();

    /**
     * Creates the ring for denominator base {@code s}, a non-zero polynomial of
     * {@code parameters}; s is made primitive (leading coefficient 1) first.
     */
    public Ring(PolynomialRing parameters, GenPolynomial<BigRational> s) {
      if (s.isZERO()) {
        throw new ArithmeticException("the denominator base must not be zero");
      }
      this.parameters = parameters;
      this.s = s.monic();
      powers.add(parameters.jas().getONE());
    }

    public PolynomialRing parameters() {
      return parameters;
    }

    /** Returns the monic denominator base s. */
    public GenPolynomial<BigRational> base() {
      return s;
    }

    GenPolynomial<BigRational> power(int e) {
      synchronized (powers) {
        while (powers.size() <= e) {
          powers.add(powers.get(powers.size() - 1).multiply(s));
        }
        return powers.get(e);
      }
    }

    public Localized of(GenPolynomial<BigRational> numerator) {
      return new Localized(this, numerator, 0);
    }

    public Localized zero() {
      return of(parameters.zero());
    }

    public Localized constant(BigRational value) {
      return of(parameters.constant(value));
    }
  }

  private final Ring ring;
  private final GenPolynomial<BigRational> numerator;
  private final int exponent;

  private Localized(Ring ring, GenPolynomial<BigRational> numerator, int exponent) {
    this.ring = ring;
    this.numerator = numerator;
    this.exponent = numerator.isZERO() ? 0 : exponent;
  }

  public Ring ring() {
    return ring;
  }

  public GenPolynomial<BigRational> numerator() {
    return numerator;
  }

  /** Returns the power of the base s in the denominator. */
  public int exponent() {
    return exponent;
  }

  public boolean isZero() {
    return numerator.isZERO();
  }

  public Localized add(Localized other) {
    int e = Math.max(exponent, other.exponent);
    GenPolynomial<BigRational> sum = numerator.multiply(ring.power(e - exponent))
        .sum(other.numerator.multiply(ring.power(e - other.exponent)));
    return new Localized(ring, sum, e);
  }

  public Localized negate() {
    return new Localized(ring, numerator.negate(), exponent);
  }

  public Localized subtract(Localized other) {
    return add(other.negate());
  }

  public Localized multiply(Localized other) {
    return new Localized(ring, numerator.multiply(other.numerator), exponent + other.exponent);
  }

  public Localized multiply(BigRational factor) {
    return new Localized(ring, numerator.multiply(factor), exponent);
  }

  /**
   * Returns the inverse of an element c * s^k with a rational constant c; no other element of
   * the ring is invertible.
   */
  public Localized inverse() {
    Localized reduced = reduce();
    GenPolynomial<BigRational> n = reduced.numerator;
    int k = 0;
    while (!n.isConstant()) {
      GenPolynomial<BigRational>[] qr = n.quotientRemainder(ring.s);
      if (!qr[1].isZERO()) {
        throw new ArithmeticException(
            "not invertible in Q[parameters][1/s] for s = " + ring.parameters.toInput(ring.s)
                + ": " + ring.parameters.toInput(reduced.numerator));
      }
      n = qr[0];
      k++;
    }
    if (n.isZERO()) {
      throw new ArithmeticException("division by zero");
    }
    BigRational c = n.leadingBaseCoefficient().inverse();
    // (c s^k / s^e)^(-1) = s^e / (c s^k) = (1/c) s^e / s^k
    return new Localized(ring, ring.power(reduced.exponent).multiply(c), k);
  }

  /** Cancels factors s from numerator and denominator while s divides the numerator. */
  public Localized reduce() {
    GenPolynomial<BigRational> n = numerator;
    int e = exponent;
    while (e > 0) {
      GenPolynomial<BigRational>[] qr = n.quotientRemainder(ring.s);
      if (!qr[1].isZERO()) {
        break;
      }
      n = qr[0];
      e--;
    }
    return new Localized(ring, n, e);
  }

  /**
   * Prints in Symja input syntax as {@code (numerator)/(s)^e} after cancelling common factors
   * of s; the power of s is kept unexpanded so the structure stays visible.
   */
  public String toInput() {
    Localized r = reduce();
    String n = ring.parameters.toInput(r.numerator);
    if (r.exponent == 0) {
      return n;
    }
    String base = "(" + ring.parameters.toInput(ring.s) + ")";
    return "(" + n + ")/" + (r.exponent == 1 ? base : base + "^" + r.exponent);
  }

  /** Equality of the values, not of the representations. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Localized)) {
      return false;
    }
    Localized other = (Localized) o;
    int e = Math.max(exponent, other.exponent);
    return numerator.multiply(ring.power(e - exponent))
        .equals(other.numerator.multiply(ring.power(e - other.exponent)));
  }

  @Override
  public int hashCode() {
    return reduce().numerator.hashCode();
  }

  @Override
  public String toString() {
    return toInput();
  }
}
