package eosderive.symbolic;

import java.util.Arrays;

import edu.jas.arith.BigRational;

/**
 * A power series c_0 + c_1 x + ... + c_N x^N modulo x^(N+1), with coefficients in
 * Q[parameters][1/s] (see {@link Localized}). Immutable.
 */
public final class TruncatedSeries {

  private final Localized.Ring field;
  private final Localized[] coefficients;

  private TruncatedSeries(Localized.Ring field, Localized[] coefficients) {
    this.field = field;
    this.coefficients = coefficients;
  }

  /** Returns the zero series modulo x^(order+1). */
  public static TruncatedSeries zero(Localized.Ring field, int order) {
    @SuppressWarnings("unchecked")
    Localized[] c = new Localized[order + 1];
    Arrays.fill(c, field.zero());
    return new TruncatedSeries(field, c);
  }

  /** Returns the constant series {@code value} modulo x^(order+1). */
  public static TruncatedSeries constant(
      Localized.Ring field, Localized value, int order) {
    return zero(field, order).with(0, value);
  }

  public int order() {
    return coefficients.length - 1;
  }

  public Localized coefficient(int power) {
    return power < coefficients.length ? coefficients[power] : field.zero();
  }

  /** Returns a copy with the coefficient of x^power replaced. */
  public TruncatedSeries with(int power, Localized value) {
    Localized[] c = coefficients.clone();
    c[power] = value;
    return new TruncatedSeries(field, c);
  }

  /** Returns the same series modulo x^(order+1), padding with zeros when the order grows. */
  public TruncatedSeries truncate(int order) {
    TruncatedSeries result = zero(field, order);
    Localized[] c = result.coefficients;
    for (int k = 0; k <= Math.min(order, order()); k++) {
      c[k] = coefficients[k];
    }
    return result;
  }

  public TruncatedSeries add(TruncatedSeries other) {
    TruncatedSeries result = zero(field, order());
    for (int k = 0; k <= order(); k++) {
      result.coefficients[k] = coefficients[k].add(other.coefficient(k));
    }
    return result;
  }

  public TruncatedSeries subtract(TruncatedSeries other) {
    return add(other.scale(field.constant(BigRational.ONE.negate())));
  }

  public TruncatedSeries scale(Localized factor) {
    TruncatedSeries result = zero(field, order());
    for (int k = 0; k <= order(); k++) {
      result.coefficients[k] = coefficients[k].multiply(factor);
    }
    return result;
  }

  /** Multiplies modulo x^(order+1), where order is this series' order. */
  public TruncatedSeries multiply(TruncatedSeries other) {
    TruncatedSeries result = zero(field, order());
    for (int i = 0; i <= order(); i++) {
      if (coefficients[i].isZero()) {
        continue;
      }
      for (int j = 0; i + j <= order(); j++) {
        Localized b = other.coefficient(j);
        if (!b.isZero()) {
          result.coefficients[i + j] = result.coefficients[i + j].add(coefficients[i].multiply(b));
        }
      }
    }
    return result;
  }

  /**
   * Returns the multiplicative inverse, computed by the recurrence b_0 = 1/c_0 and
   * b_k = -(c_1 b_(k-1) + ... + c_k b_0)/c_0.
   *
   * @throws ArithmeticException when the constant term is zero
   */
  public TruncatedSeries inverse() {
    if (coefficients[0].isZero()) {
      throw new ArithmeticException("series with zero constant term has no inverse");
    }
    Localized c0Inverse = coefficients[0].inverse();
    TruncatedSeries result = zero(field, order());
    result.coefficients[0] = c0Inverse;
    for (int k = 1; k <= order(); k++) {
      Localized sum = field.zero();
      for (int i = 1; i <= k; i++) {
        sum = sum.add(coefficients[i].multiply(result.coefficients[k - i]));
      }
      result.coefficients[k] = sum.multiply(c0Inverse).negate();
    }
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TruncatedSeries
        && Arrays.equals(coefficients, ((TruncatedSeries) o).coefficients);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(coefficients);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k <= order(); k++) {
      out.append(k == 0 ? "" : " + ").append("(").append(coefficients[k].toInput())
          .append(")*x^").append(k);
    }
    return out.append(" + O(x^").append(order() + 1).append(")").toString();
  }
}
