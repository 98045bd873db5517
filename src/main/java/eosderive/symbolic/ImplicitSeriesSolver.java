package eosderive.symbolic;

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
   */
  public static TruncatedSeries solveOrderByOrder(BivariatePolynomial f, int order) {
    Localized slopeInverse = checkedSlope(f, order).inverse();
    TruncatedSeries w = TruncatedSeries.zero(f.field(), order);
    for (int k = 1; k <= order; k++) {
      TruncatedSeries residual = f.evaluate(w.truncate(k));
      w = w.with(k, residual.coefficient(k).multiply(slopeInverse).negate());
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
