package eosderive.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SymjaTest {

  private static final Symja SYMJA = new Symja();

  @Test
  void strictSyntaxKeepsCaseOfNames() {
    // In relaxed mode dT would become the built-in Dt and E0 would equal e0.
    assertThat(SYMJA.eval("dT").toString()).isEqualTo("dT");
    assertThat(SYMJA.eval("E0 - e0").isZero()).isFalse();
  }

  @Test
  void printedMessageBecomesException() {
    assertThatThrownBy(() -> SYMJA.eval("Sin[x, y]"))
        .isInstanceOf(Symja.SymjaException.class)
        .hasMessageContaining("Sin");
  }

  @Test
  void exactEqualityOfRationalExpressions() {
    assertThat(SYMJA.exactlyEqual(SYMJA.parse("(x^2 - 1)/(x - 1)"), SYMJA.parse("x + 1")))
        .isTrue();
    assertThat(SYMJA.exactlyEqual(SYMJA.parse("x/2"), SYMJA.parse("x/3"))).isFalse();
  }

  @Test
  void polynomialConversionRejectsFunctions() {
    PolynomialRing ring = new PolynomialRing("x");
    assertThatThrownBy(() -> ring.fromSymja(SYMJA.parse("Sin[x]")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a polynomial");
    assertThat(ring.toInput(ring.fromSymja(SYMJA.eval("Expand[(x - 1/2)^2]"))))
        .isEqualTo("x^2 - x + 1/4");
  }
}
