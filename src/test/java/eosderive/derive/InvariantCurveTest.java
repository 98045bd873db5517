package eosderive.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.symbolic.PolynomialRing;

import org.junit.jupiter.api.Test;

/** The invariant-curve solver on the (z, T) map, on the (z, y) map, and on a map with a pole. */
class InvariantCurveTest {

  /** Hand derivation: at eps = 0 the period-2 curve is T = 2/(1 - z), all coefficients 2. */
  @Test
  void epsZeroCurveIsPeriodTwoCurve() {
    GenPolynomial<BigRational> h0 = Fixtures.limit().curve().columns().get(0);
    PolynomialRing ring = LimitSharpness.RING;
    for (int j = 0; j <= 22; j++) {
      assertThat((Object) ring.coefficient(h0, "z", j).leadingBaseCoefficient())
          .as("z^%d", j).isEqualTo(new BigRational(2));
    }
  }

  /**
   * Independent route: the same curve from the truncated (z, y) map of YDynamics at total
   * order 8, where the curve at eps = 0 is y = 0; order 8 suffices for eps^3.
   */
  @Test
  void zyCoordinatesGiveTheSameLimit() {
    YDynamics dynamics = YDynamics.derive(Fixtures.twoStep(), 8);
    PolynomialRing ring = LimitSharpness.RING;
    GenPolynomial<BigRational> z = ring.variable("z");
    GenPolynomial<BigRational> y = ring.variable("y");
    GenPolynomial<BigRational> zNext = z.sum(ring.convert(Symbols.RING,
        YDynamics.atEtZero(dynamics.zDifference())));
    GenPolynomial<BigRational> yNext = y.sum(ring.convert(Symbols.RING,
        YDynamics.atEtZero(dynamics.yDifference())));
    InvariantCurve curve = InvariantCurve.solve(ring, zNext, yNext, "y", ring.zero(), 3);
    List<BigRational> values = curve.valuesAtZero();
    for (int k = 1; k <= 3; k++) {
      assertThat((Object) values.get(k)).as("eps^%d", k).isEqualTo(Fixtures.limit().coefficient(k));
    }
  }

  /** A map whose y-change has a z term but whose L(z) is O(z^2) must raise, not truncate. */
  @Test
  void residualBelowZSquaredIsReportedAsPole() {
    PolynomialRing ring = LimitSharpness.RING;
    GenPolynomial<BigRational> zNext = ring.jas().parse("z + 2*y*z");
    GenPolynomial<BigRational> yNext = ring.jas().parse("y - eps*z - 8*y*z^2");
    assertThatThrownBy(() -> InvariantCurve.solve(ring, zNext, yNext, "y", ring.zero(), 2))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("pole");
  }
}
