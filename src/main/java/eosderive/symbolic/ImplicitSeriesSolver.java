package eosderive.symbolic;

import java.util.Arrays;

import edu.jas.arith.BigRational;

/**
 * Solves F(x, w(x)) = 0 for the power series w(x) = a_1 x + a_2 x^2 + ... through the origin,
 * where F(0, 0) = 0 and dF/dw(0, 0) is not zero (the implicit function theorem). Two independent
 * algorithms are provided so that each result can be checked against the other.
 */
public final class ImplicitSeriesSolver {

  private ImplicitSeriesSolver() {}

  /**
   * Undetermined coefficients, one order at a time: with w = W_(k-1) + a_k x^k,
   * F(x, w) = [x^k] F(x, W_(k-1)) + c_01 a_k modulo x^(k+1), so
   * a_k = -[x^k] F(x, W_(k-1)) / c_01.
   *
   * <p>Only the coefficient [x^k] is computed at step k. The powers W^j are kept as a table
   * whose entry [x^n] W^j = sum over m of [x^(n-m)] W^(j-1) * a_m depends on a_1 ... a_(n-j+1)
   * only, so each entry is computed once: O(order^2 * degree) coefficient products in all.
   */
  public static TruncatedSeries solveOrderByOrder(BivariatePolynomial f, int order) {
    Localized slopeInverse = checkedSlope(f, order).inverse();
    Localized zero = f.field().zero();
    int degree = f.degreeW();
    // powers[j][n] = [x^n] W^j, filled for n < k before step k; W^0 = 1.
    Localized[][] powers = new Localized[degree + 1][order + 1];
    for (Localized[] row : powers) {
      Arrays.fill(row, zero);
    }
    powers[0][0] = f.field().constant(BigRational.ONE);
    TruncatedSeries w = TruncatedSeries.zero(f.field(), order);
    for (int k = 1; k <= order; k++) {
      // Entries [x^k] W^j for j >= 2 use a_1 ... a_(k-1) only.
      for (int j = 2; j <= degree; j++) {
        Localized sum = zero;
        for (int m = 1; m <= k - 1; m++) {
          if (!powers[j - 1][k - m].isZero()) {
            sum = sum.add(powers[j - 1][k - m].multiply(w.coefficient(m)));
          }
        }
        powers[j][k] = sum;
      }
      Localized residual = zero;
      for (int i = 0; i <= Math.min(k, f.order()); i++) {
        for (int j = 0; j <= degree; j++) {
          if (i == 0 && j == 1) {
            continue; // [x^k] W_(k-1) is zero; this is the c_01 a_k term being solved for
          }
          if (!f.coefficient(i, j).isZero() && !powers[j][k - i].isZero()) {
            residual = residual.add(f.coefficient(i, j).multiply(powers[j][k - i]));
          }
        }
      }
      Localized a = residual.multiply(slopeInverse).negate().reduce();
      w = w.with(k, a);
      powers[1][k] = a;
    }
    return w;
  }

  /**
   * Newton's method on series: each step W := W - F(x, W) / F_w(x, W) doubles the number of
   * correct coefficients, so about log2(order) steps suffice.
   */
  public static TruncatedSeries solveNewton(BivariatePolynomial f, int order) {
    checkedSlope(f, order);
    TruncatedSeries w = TruncatedSeries.zero(f.field(), 0);
    int correct = 0;
    while (correct < order) {
      int next = Math.min(order, 2 * correct + 1);
      TruncatedSeries current = w.truncate(next);
      TruncatedSeries value = f.evaluate(current);
      TruncatedSeries derivative = f.evaluateDerivativeW(current);
      w = current.subtract(value.multiply(derivative.inverse()));
      correct = next;
    }
    return w.truncate(order);
  }

  private static Localized checkedSlope(BivariatePolynomial f, int order) {
    if (order < 1) {
      throw new IllegalArgumentException("series order " + order + " must be at least 1");
    }
    if (order > f.order()) {
      throw new IllegalArgumentException(
          "series order " + order + " exceeds the order " + f.order() + " F was truncated to");
    }
    if (!f.coefficient(0, 0).isZero()) {
      throw new ArithmeticException("F(0, 0) is not zero, so the origin is not on the curve");
    }
    Localized slope = f.coefficient(0, 1);
    if (slope.isZero()) {
      throw new ArithmeticException("dF/dw(0, 0) is zero: the implicit function theorem fails");
    }
    return slope;
  }
}
