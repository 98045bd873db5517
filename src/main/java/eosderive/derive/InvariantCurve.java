package eosderive.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.symbolic.GradedTruncation;
import eosderive.symbolic.PolynomialRing;

/**
 * The attracting invariant curve v = H(z, eps) of a planar map (z, v) -> (Z(z, v), V(z, v)),
 * polynomial in z, v and eps, whose curve v = H_0(z) consists of fixed points at eps = 0.
 *
 * <p>Method: H = H_0(z) + eps H_1(z) + eps^2 H_2(z) + ... with each H_k a power series in z, and
 * the invariance equation V(z, H(z)) = H(Z(z, H(z))) is solved one power of eps at a time. At
 * order eps^k the unknown H_k enters only linearly, as L(z) H_k(z), where L(z) is the eps^0
 * part of dV/dv - H_0'(z) dZ/dv - 1 on the curve. For the edge-of-stability maps L(z) =
 * -8 z^2 + O(z^3): every fixed point (0, v) is neutral, so the residual R_k(z) of order eps^k
 * must itself be O(z^2) for H_k = -R_k / L to be a power series. That is checked at every
 * order, and a non-zero z^0 or z^1 term is an error, never truncated away.
 *
 * <p>Truncation: z has weight 1 and eps weight 2 (the scaling z ~ eps^(1/2)), and terms of weight
 * above W = 2K + 2 are dropped. Because the division by L costs two powers of z, H_k is exact
 * up to z^(2K - 2k), so H_K is known at z^0 and H(0, eps) is exact to eps^K.
 *
 * <p>Among the curves through the fixed points (0, v) this picks the one whose H_k are bounded
 * as eps -> 0 at fixed z; the others differ from it by terms like exp(-c z^2 / eps), which have
 * no power series in eps.
 */
public final class InvariantCurve {

  private final int order;
  private final List<GenPolynomial<BigRational>> columns;
  private final PolynomialRing ring;

  private InvariantCurve(PolynomialRing ring, int order, List<GenPolynomial<BigRational>> columns) {
    this.ring = ring;
    this.order = order;
    this.columns = List.copyOf(columns);
  }

  /**
   * Solves for H to order eps^K.
   *
   * @param ring a ring with the variables z, eps and {@code v}
   * @param zNext Z(z, v, eps)
   * @param vNext V(z, v, eps)
   * @param v the name of the second coordinate
   * @param curveAtZero H_0(z), the curve of fixed points at eps = 0, exact up to z^(2K + 2)
   * @param order K
   */
  public static InvariantCurve solve(
      PolynomialRing ring,
      GenPolynomial<BigRational> zNext,
      GenPolynomial<BigRational> vNext,
      String v,
      GenPolynomial<BigRational> curveAtZero,
      int order) {
    if (order < 1) {
      throw new IllegalArgumentException("eps order " + order + " must be at least 1");
    }
    int maxWeight = 2 * order + 2;
    Solver solver = new Solver(ring, zNext, vNext, v, maxWeight);
    GenPolynomial<BigRational> eps = ring.variable("eps");
    GenPolynomial<BigRational> curve = solver.truncation.truncate(curveAtZero);

    GenPolynomial<BigRational> atZero = solver.residual(curve, 1);
    GenPolynomial<BigRational> zeroColumn = ring.coefficient(atZero, "eps", 0);
    if (!zeroColumn.isZERO()) {
      throw new IllegalArgumentException("the curve at eps = 0 is not invariant: residual "
          + ring.toInput(zeroColumn));
    }
    // L(z) is read off exactly: the eps^1 change of the residual when H gains eps * 1.
    GenPolynomial<BigRational> shifted = solver.residual(curve.sum(eps), 1);
    GenPolynomial<BigRational> linear = ring.coefficient(shifted, "eps", 1)
        .subtract(ring.coefficient(atZero, "eps", 1));
    GenPolynomial<BigRational> divisor = divideByZSquared(ring, linear, "L(z)");
    GradedTruncation inZ = new GradedTruncation(ring, Map.of("z", 1), maxWeight - 4);
    GenPolynomial<BigRational> divisorInverse = inZ.inverse(divisor);

    List<GenPolynomial<BigRational>> columns = new ArrayList<>();
    columns.add(ring.coefficient(curve, "eps", 0));
    for (int k = 1; k <= order; k++) {
      GenPolynomial<BigRational> residual = solver.residual(curve, k);
      for (int j = 0; j < k; j++) {
        if (!ring.coefficient(residual, "eps", j).isZERO()) {
          throw new IllegalStateException("invariance fails at eps^" + j + " after solving it");
        }
      }
      GenPolynomial<BigRational> rk = divideByZSquared(
          ring, ring.coefficient(residual, "eps", k), "the residual at eps^" + k);
      GradedTruncation column = inZ.withMaxWeight(maxWeight - 2 * k - 2);
      GenPolynomial<BigRational> hk = column.multiply(rk, divisorInverse).negate();
      columns.add(hk);
      curve = curve.sum(hk.multiply(eps.power(k)));
    }
    return new InvariantCurve(ring, order, columns);
  }

  /** Divides by z^2, failing with a description when a z^0 or z^1 term would leave a pole. */
  private static GenPolynomial<BigRational> divideByZSquared(
      PolynomialRing ring, GenPolynomial<BigRational> p, String what) {
    GenPolynomial<BigRational> low = ring.coefficient(p, "z", 0)
        .sum(ring.coefficient(p, "z", 1).multiply(ring.variable("z")));
    if (!low.isZERO()) {
      throw new ArithmeticException(what + " has terms below z^2, so dividing by L(z) would leave"
          + " a pole at z = 0: " + ring.toInput(low));
    }
    return ring.divideByPower(p, "z", 2);
  }

  public int order() {
    return order;
  }

  /**
   * H_k(z) for k = 0 ... K; H_k is exact up to z^(2K - 2k) (H_0 up to z^(2K + 2)).
   */
  public List<GenPolynomial<BigRational>> columns() {
    return columns;
  }

  /** H(0, eps) = sum of H_k(0) eps^k, k = 0 ... K. */
  public List<BigRational> valuesAtZero() {
    List<BigRational> values = new ArrayList<>();
    for (GenPolynomial<BigRational> column : columns) {
      GenPolynomial<BigRational> c = ring.coefficient(column, "z", 0);
      values.add(c.isZERO() ? BigRational.ZERO : c.leadingBaseCoefficient());
    }
    return values;
  }

  /** The residual V(z, H) - H(Z(z, H)) in the weighted truncation. */
  private static final class Solver {
    private final PolynomialRing ring;
    private final GenPolynomial<BigRational> zNext;
    private final GenPolynomial<BigRational> vNext;
    private final String v;
    private final GradedTruncation truncation;

    Solver(PolynomialRing ring, GenPolynomial<BigRational> zNext,
        GenPolynomial<BigRational> vNext, String v, int maxWeight) {
      this.ring = ring;
      this.v = v;
      this.truncation = new GradedTruncation(ring, Map.of("z", 1, "eps", 2), maxWeight);
      this.zNext = truncation.truncate(zNext);
      this.vNext = truncation.truncate(vNext);
    }

    /** Computes the residual modulo eps^(maxEpsDegree + 1). */
    GenPolynomial<BigRational> residual(GenPolynomial<BigRational> curve, int maxEpsDegree) {
      GradedTruncation truncation = this.truncation.withDegreeCap("eps", maxEpsDegree);
      GenPolynomial<BigRational> z = truncation.substitute(zNext, Map.of(v, curve));
      GenPolynomial<BigRational> image = truncation.substitute(vNext, Map.of(v, curve));
      List<GenPolynomial<BigRational>> inZ = new ArrayList<>();
      for (long j = 0; j <= ring.degree(curve, "z"); j++) {
        inZ.add(ring.coefficient(curve, "z", j));
      }
      return image.subtract(truncation.compose(inZ, z));
    }
  }
}
