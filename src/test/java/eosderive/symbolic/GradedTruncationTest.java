package eosderive.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import org.junit.jupiter.api.Test;

/** Truncated products, inverses and substitutions against untruncated JAS arithmetic. */
class GradedTruncationTest {

  private final PolynomialRing ring = new PolynomialRing("x", "y", "a");

  private GenPolynomial<BigRational> p(String text) {
    return ring.jas().parse(text);
  }

  @Test
  void productDropsOnlyTermsAboveTheBound() {
    GradedTruncation t = new GradedTruncation(ring, Map.of("x", 1, "y", 2), 4);
    GenPolynomial<BigRational> a = p("1 + x + a*y + x^3");
    GenPolynomial<BigRational> b = p("2 - x + y^2 + x*y");
    assertThat((Object) t.multiply(a, b)).isEqualTo(t.truncate(a.multiply(b)));
  }

  @Test
  void inverseOfOneMinusXIsGeometricSeries() {
    GradedTruncation t = new GradedTruncation(ring, Map.of("x", 1), 5);
    assertThat((Object) t.inverse(p("1 - x"))).isEqualTo(p("1 + x + x^2 + x^3 + x^4 + x^5"));
  }

  @Test
  void inverseKeepsWeightZeroParametersExact() {
    GradedTruncation t = new GradedTruncation(ring, Map.of("x", 1), 3);
    GenPolynomial<BigRational> f = p("-8 + 6*x + a*x^2");
    assertThat((Object) t.multiply(f, t.inverse(f))).isEqualTo(p("1"));
  }

  @Test
  void inverseRejectsZeroConstantTerm() {
    GradedTruncation t = new GradedTruncation(ring, Map.of("x", 1), 3);
    assertThatThrownBy(() -> t.inverse(p("x + x^2")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void substituteMatchesExactSubstitutionThenTruncation() {
    GradedTruncation t = new GradedTruncation(ring, Map.of("x", 1, "y", 1), 5);
    GenPolynomial<BigRational> f = p("a*x^2*y^3 - x*y + 3*y^2 + a^2*x^4*y - 7");
    GenPolynomial<BigRational> value = p("2 + x + a*x^2 + y");
    assertThat((Object) t.substitute(f, Map.of("y", value)))
        .isEqualTo(t.truncate(ring.substitute(f, "y", value)));
  }

  @Test
  void composeIsHornerSum() {
    GradedTruncation t = new GradedTruncation(ring, Map.of("x", 1, "y", 1), 4);
    List<GenPolynomial<BigRational>> c = List.of(p("0"), p("2"), p("a"), p("1/3"));
    GenPolynomial<BigRational> x = p("x + x*y");
    GenPolynomial<BigRational> exact = x.multiply(p("2"))
        .sum(x.multiply(x).multiply(p("a"))).sum(x.power(3).multiply(p("1/3")));
    assertThat((Object) t.compose(c, x)).isEqualTo(t.truncate(exact));
  }

  @Test
  void degreeCapDropsHigherPowers() {
    GradedTruncation t = new GradedTruncation(ring, Map.of("x", 1, "a", 2), 10)
        .withDegreeCap("a", 1);
    assertThat((Object) t.multiply(p("1 + a*x"), p("1 + a"))).isEqualTo(p("1 + a + a*x"));
  }
}
