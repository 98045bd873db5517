package eosderive.symbolic;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;

/**
 * A polynomial F(x, w) = sum of c_ij x^i w^j with coefficients in a rational function field,
 * kept modulo x^(order+1). It is the form in which implicit equations F(x, w(x)) = 0 are solved
 * as power series.
 */
public final class BivariatePolynomial {

  private final Localized.Ring field;
  private final Localized[][] coefficients;

  private BivariatePolynomial(Localized.Ring field, Localized[][] c) {
    this.field = field;
    this.coefficients = c;
  }

  /**
   * Splits {@code p}, a polynomial of {@code ring}, into powers of the variables {@code x} and
   * {@code w}; every other variable must be one of {@code parameters}. Powers of x above
   * {@code order} are dropped. The coefficients live in Q[parameters][1/s] with s = dF/dw(0, 0),
   * the only denominator a series solution through the origin needs.
   */
  public static BivariatePolynomial of(
      PolynomialRing ring,
      GenPolynomial<BigRational> p,
      String x,
      String w,
      PolynomialRing parameters,
      int order) {
    int degreeW = (int) ring.degree(p, w);
    @SuppressWarnings("unchecked")
    GenPolynomial<BigRational>[][] parts = new GenPolynomial[order + 1][degreeW + 1];
    for (Monomial<BigRational> m : p) {
      int i = (int) ring.exponent(m.e, x);
      int j = (int) ring.exponent(m.e, w);
      if (i > order) {
        continue;
      }
      GenPolynomial<BigRational> monomial = ring.zero().sum(m.c, m.e);
      monomial = ring.divideByPower(ring.divideByPower(monomial, x, i), w, j);
      GenPolynomial<BigRational> part = parameters.convert(ring, monomial);
      parts[i][j] = parts[i][j] == null ? part : parts[i][j].sum(part);
    }
    GenPolynomial<BigRational> slope = parts[0].length > 1 ? parts[0][1] : null;
    Localized.Ring field = new Localized.Ring(parameters,
        slope == null || slope.isZERO() ? parameters.jas().getONE() : slope);
    @SuppressWarnings("unchecked")
    Localized[][] c = new Localized[order + 1][degreeW + 1];
    for (int i = 0; i <= order; i++) {
      for (int j = 0; j <= degreeW; j++) {
        c[i][j] = parts[i][j] == null ? field.zero() : field.of(parts[i][j]);
      }
    }
    return new BivariatePolynomial(field, c);
  }

  public Localized.Ring field() {
    return field;
  }

  public int order() {
    return coefficients.length - 1;
  }

  public int degreeW() {
    return coefficients[0].length - 1;
  }

  /** Returns c_ij, the coefficient of x^i w^j. */
  public Localized coefficient(int i, int j) {
    return coefficients[i][j];
  }

  /** Returns F(x, W(x)) modulo x^(order+1), by Horner's rule in w. */
  public TruncatedSeries evaluate(TruncatedSeries series) {
    return hornerInW(series, false);
  }

  /** Returns the partial derivative dF/dw at (x, W(x)) modulo x^(order+1). */
  public TruncatedSeries evaluateDerivativeW(TruncatedSeries series) {
    return hornerInW(series, true);
  }

  private TruncatedSeries hornerInW(TruncatedSeries series, boolean derivative) {
    int order = series.order();
    int top = derivative ? degreeW() - 1 : degreeW();
    TruncatedSeries result = TruncatedSeries.zero(field, order);
    for (int j = top; j >= 0; j--) {
      result = result.multiply(series).add(columnSeries(derivative ? j + 1 : j, order, derivative));
    }
    return result;
  }

  /** Builds the series sum over i of c_ij x^i, multiplied by j when differentiating. */
  private TruncatedSeries columnSeries(int j, int order, boolean derivative) {
    TruncatedSeries column = TruncatedSeries.zero(field, order);
    Localized factor = field.constant(new BigRational(derivative ? j : 1));
    for (int i = 0; i <= Math.min(order, order()); i++) {
      column = column.with(i, coefficients[i][j].multiply(factor));
    }
    return column;
  }
}
