package eosderive.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import org.junit.jupiter.api.Test;

class ImplicitSeriesSolverTest {

  private static final PolynomialRing RING = new PolynomialRing("x", "w", "a");
  private static final PolynomialRing PARAMETERS = new PolynomialRing("a");

  private static GenPolynomial<BigRational> v(String name) {
    return RING.variable(name);
  }

  @Test
  void catalanSeriesFromQuadratic() {
    // w = x + w^2 has the solution w = (1 - sqrt(1 - 4x))/2, whose coefficients are the
    // Catalan numbers 1, 1, 2, 5, 14, 42, 132, 429.
    GenPolynomial<BigRational> f = v("w").subtract(v("x")).subtract(v("w").multiply(v("w")));
    BivariatePolynomial equation = BivariatePolynomial.of(RING, f, "x", "w", PARAMETERS, 8);
    long[] catalan = {1, 1, 2, 5, 14, 42, 132, 429};
    TruncatedSeries byOrder = ImplicitSeriesSolver.solveOrderByOrder(equation, 8);
    TruncatedSeries byNewton = ImplicitSeriesSolver.solveNewton(equation, 8);
    for (int k = 1; k <= 8; k++) {
      assertThat(byOrder.coefficient(k).toInput()).as("order by order, x^%d", k)
          .isEqualTo(Long.toString(catalan[k - 1]));
      assertThat(byNewton.coefficient(k).toInput()).as("Newton, x^%d", k)
          .isEqualTo(Long.toString(catalan[k - 1]));
    }
  }

  @Test
  void symbolicSlopeGivesPowersInDenominator() {
    // a w - x = 0 has the solution w = x / a exactly.
    GenPolynomial<BigRational> f = v("a").multiply(v("w")).subtract(v("x"));
    BivariatePolynomial equation = BivariatePolynomial.of(RING, f, "x", "w", PARAMETERS, 3);
    TruncatedSeries w = ImplicitSeriesSolver.solveOrderByOrder(equation, 3);
    assertThat(w.coefficient(1).toInput()).isEqualTo("(1)/(a)");
    assertThat(w.coefficient(2).isZero()).isTrue();
    assertThat(ImplicitSeriesSolver.solveNewton(equation, 3)).isEqualTo(w);
  }

  @Test
  void rejectsVanishingSlope() {
    GenPolynomial<BigRational> f = v("w").multiply(v("w")).subtract(v("x"));
    BivariatePolynomial equation = BivariatePolynomial.of(RING, f, "x", "w", PARAMETERS, 3);
    assertThatThrownBy(() -> ImplicitSeriesSolver.solveOrderByOrder(equation, 3))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("implicit function theorem fails");
  }

  @Test
  void rejectsCurveMissingOrigin() {
    GenPolynomial<BigRational> f = v("w").subtract(RING.constant(1, 1));
    BivariatePolynomial equation = BivariatePolynomial.of(RING, f, "x", "w", PARAMETERS, 3);
    assertThatThrownBy(() -> ImplicitSeriesSolver.solveNewton(equation, 3))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("origin is not on the curve");
  }
}
