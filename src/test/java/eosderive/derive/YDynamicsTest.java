package eosderive.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.symbolic.PolynomialRing;
import eosderive.verify.Check;
import eosderive.verify.ExactNumbers;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.junit.jupiter.api.Test;

/**
 * The two-step dynamics in (z, y) against hand expansions, the printed claims of Agarwala,
 * Pedregosa and Pennington (ICML 2023) and numeric fits of the exact map.
 */
class YDynamicsTest {

  private static final PolynomialRing RING = Symbols.RING;

  private static GenPolynomial<BigRational> p(String text) {
    return RING.jas().parse(text);
  }

  private static void assertPolynomial(GenPolynomial<BigRational> actual, String expected) {
    assertThat(RING.toInput(actual)).isEqualTo(RING.toInput(p(expected)));
  }

  private static GenPolynomial<BigRational> g(int i, int j) {
    return YDynamics.coefficient(Fixtures.dynamics().zDifference(), i, j);
  }

  private static GenPolynomial<BigRational> d(int i, int j) {
    return YDynamics.coefficient(Fixtures.dynamics().yDifference(), i, j);
  }

  /**
   * Paper, eqs 18-19 (printed lowest-order claims): z_(t+2) - z_t = 2 y z + ... and
   * y_(t+2) - y_t = -2(4 - 3 eps + 4 eps^2) y z^2 - 4 eps z^2 + ... at Et = 0.
   */
  @Test
  void lowestOrderMatchesPaperAtEtZero() {
    assertPolynomial(YDynamics.atEtZero(g(1, 1)), "2");
    assertPolynomial(YDynamics.atEtZero(d(2, 0)), "-4*eps");
    assertPolynomial(YDynamics.atEtZero(d(2, 1)), "-2*(4 - 3*eps + 4*eps^2)");
    GenPolynomial<BigRational> leading =
        YDynamics.leadingPart(Fixtures.dynamics().yDifference());
    assertPolynomial(YDynamics.atEtZero(leading), "-2*(4 - 3*eps + 4*eps^2)*y*z^2 - 4*eps*z^2");
  }

  /**
   * Hand expansion at order z: z' = z(1 - T) + O(z^2), so z_(t+2) - z_t = z T (T - 2) + O(z^2)
   * = z (2 + y) y on the nullcline's tangent point w(0) = 0.
   */
  @Test
  void firstOrderInZMatchesHandExpansion() {
    assertPolynomial(g(1, 1), "2");
    assertPolynomial(g(1, 2), "1");
    for (int j = 3; j <= 5; j++) {
      assertPolynomial(g(1, j), "0");
    }
  }

  /**
   * Hand expansion at order z: T_(t+2) - T_t = 2 z y ((1 - eps)(2 + y) + eps Et) + O(z^2) and
   * w(Z) - w(z) = w_1 z (2y + y^2) + O(z^2) with w_1 = 2 - 2 eps + eps Et, so the z-terms of
   * y_(t+2) - y_t reduce to -eps Et z y^2.
   */
  @Test
  void yDifferenceAtFirstOrderInZ() {
    assertPolynomial(Fixtures.dynamics().nullcline().get(1), "2 - 2*eps + eps*Et");
    assertPolynomial(d(1, 1), "0");
    assertPolynomial(d(1, 2), "-eps*Et");
    for (int j = 3; j <= 5; j++) {
      assertPolynomial(d(1, j), "0");
    }
  }

  @Test
  void zDifferenceVanishesOnNullcline() {
    assertThat(RING.coefficient(Fixtures.dynamics().zDifference(), "y", 0).isZERO()).isTrue();
  }

  /** At eps = 0 the curve y = 0 consists of period-2 points, so D(z, 0) is a multiple of eps. */
  @Test
  void yDifferenceOnNullclineVanishesAtEpsZero() {
    GenPolynomial<BigRational> onNullcline = RING.coefficient(
        Fixtures.dynamics().yDifference(), "y", 0);
    assertThat(RING.substitute(onNullcline, "eps", RING.zero()).isZERO()).isTrue();
  }

  /**
   * Numeric fit at eps = 1/3, Et = 1/2 from the exact two-step map: D(z, 0)/z^2 at z = 10^-8
   * gives c_20, and (D(z, y) - D(z, 0))/(y z^2) at z = 10^-6, y = 10^-12 gives c_21.
   */
  @Test
  void leadingCoefficientsMatchNumericFitWithEt() {
    FixedPrecisionApfloatHelper helper = new FixedPrecisionApfloatHelper(80);
    BigRational eps = new BigRational(1, 3);
    BigRational et = new BigRational(1, 2);
    Map<String, GenPolynomial<BigRational>> at =
        Map.of("eps", RING.constant(eps), "Et", RING.constant(et));
    GenPolynomial<BigRational> zNext = RING.substitute(Fixtures.twoStep().zNext2(), at);
    GenPolynomial<BigRational> tNext = RING.substitute(Fixtures.twoStep().tNext2(), at);
    GenPolynomial<BigRational> f = Nullclines.divided(zNext, "z");

    Apfloat z = ExactNumbers.of(helper, new BigRational(1, 100_000_000));
    double c20 = exactYChange(helper, zNext, tNext, f, z, ExactNumbers.of(helper, 0, 1))
        .divide(helper.multiply(z, z)).doubleValue();
    double expected20 = RING.substitute(d(2, 0), at).leadingBaseCoefficient().doubleValue();
    assertThat(c20).isCloseTo(expected20, org.assertj.core.data.Percentage.withPercentage(1e-5));

    Apfloat z2 = ExactNumbers.of(helper, new BigRational(1, 1_000_000));
    Apfloat y = ExactNumbers.of(helper, new BigRational(1, 1_000_000_000_000L));
    Apfloat withY = exactYChange(helper, zNext, tNext, f, z2, y);
    Apfloat withoutY = exactYChange(helper, zNext, tNext, f, z2, ExactNumbers.of(helper, 0, 1));
    double c21 = helper.divide(helper.subtract(withY, withoutY),
        helper.multiply(y, helper.multiply(z2, z2))).doubleValue();
    double expected21 = RING.substitute(d(2, 1), at).leadingBaseCoefficient().doubleValue();
    assertThat(c21).isCloseTo(expected21, org.assertj.core.data.Percentage.withPercentage(1e-3));
  }

  private static Apfloat exactYChange(FixedPrecisionApfloatHelper helper,
      GenPolynomial<BigRational> zNext, GenPolynomial<BigRational> tNext,
      GenPolynomial<BigRational> f, Apfloat z, Apfloat y) {
    Apfloat t = helper.add(YDynamicsChecks.nullclinePoint(helper, f, z), y);
    Map<String, Apfloat> point = Map.of("z", z, "T", t);
    Apfloat z2 = ExactNumbers.evaluate(helper, RING, zNext, point);
    Apfloat t2 = ExactNumbers.evaluate(helper, RING, tNext, point);
    return helper.subtract(helper.subtract(t2, YDynamicsChecks.nullclinePoint(helper, f, z2)), y);
  }

  @Test
  void coefficientTableOrder() {
    Map<String, String> table = YDynamics.coefficientTable(
        YDynamics.atEtZero(Fixtures.dynamics().yDifference()));
    assertThat(List.copyOf(table.keySet()).subList(0, 3))
        .containsExactly("z^2*y^0", "z^3*y^0", "z^2*y^1");
    assertThat(table.get("z^2*y^1")).isEqualTo("-8*eps^2 + 6*eps - 8");
  }

  /** The error of the order-6 expansion shrinks like r^7 (fitted log-log slope). */
  @Test
  void expansionErrorSlopeIsOrderPlusOne() {
    List<Check> rows = YDynamicsChecks.slopeRows(Fixtures.dynamics(), Fixtures.twoStep(),
        new BigRational(1, 3), BigRational.ZERO, BigRational.ONE, new BigRational(-1, 3));
    for (Check row : rows) {
      assertThat(row.passed()).as("%s", row).isTrue();
    }
  }
}
