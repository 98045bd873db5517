package eosderive.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import edu.jas.arith.BigRational;

import org.junit.jupiter.api.Test;
import org.matheclipse.core.interfaces.IExpr;

/**
 * y* against the printed form of Agarwala, Pedregosa and Pennington (ICML 2023), a hand
 * expansion and Symja's series.
 */
class YFixedPointTest {

  /** Paper, eqs 18-19: y* = -2 eps / (4 - 3 eps + 4 eps^2) at Et = 0. */
  @Test
  void fixedPointMatchesPaperAtEtZero() {
    IExpr printed = Fixtures.symja().parse("-2*eps/(4 - 3*eps + 4*eps^2)");
    IExpr derived = Fixtures.symja().parse(Fixtures.fixedPoint().expressionAtEtZero());
    assertThat(Fixtures.symja().exactlyEqual(printed, derived)).isTrue();
  }

  /**
   * Hand expansion: -eps/2 * 1/(1 - 3 eps/4 + eps^2) = -eps/2 (1 + 3 eps/4 - 7 eps^2/16 + ...)
   * = -eps/2 - 3 eps^2/8 + 7 eps^3/32 + ...
   */
  @Test
  void seriesStartsLikeHandExpansion() {
    List<BigRational> s = Fixtures.fixedPoint().seriesAtEtZero();
    assertThat((Object) s.get(0)).isEqualTo(BigRational.ZERO);
    assertThat((Object) s.get(1)).isEqualTo(new BigRational(-1, 2));
    assertThat((Object) s.get(2)).isEqualTo(new BigRational(-3, 8));
    assertThat((Object) s.get(3)).isEqualTo(new BigRational(7, 32));
  }

  /** Independent route: Symja's Series of the rational function, all ten coefficients. */
  @Test
  void seriesMatchesSymjaSeries() {
    IExpr list = Fixtures.symja().eval("CoefficientList[Normal[Series["
        + Fixtures.fixedPoint().expressionAtEtZero() + ", {eps, 0, 10}]], eps]");
    List<BigRational> s = Fixtures.fixedPoint().seriesAtEtZero();
    for (int k = 1; k <= 10; k++) {
      assertThat(list.getAt(k + 1).toString()).as("eps^%d", k)
          .isEqualTo(Symbols.RING.toInput(Symbols.RING.constant(s.get(k))));
    }
  }

  /** With Et the eps^1 coefficient is -1/2 + Et/4 (the z^2 terms are eps(Et - 2)(eps Et + 2)). */
  @Test
  void firstCoefficientDependsOnEt() {
    assertThat(Symbols.RING.toInput(
        Symbols.RING.coefficient(Fixtures.fixedPoint().series(), "eps", 1)))
        .isEqualTo("1/4*Et - 1/2");
  }
}
