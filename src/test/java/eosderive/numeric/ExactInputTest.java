package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apfloat.Apint;
import org.apfloat.Aprational;
import org.junit.jupiter.api.Test;

class ExactInputTest {

  private static Aprational ratio(long numerator, long denominator) {
    return new Aprational(new Apint(numerator), new Apint(denominator));
  }

  @Test
  void decimalIsReadExactly() {
    assertThat(ExactInput.parse("0.1", "x")).isEqualTo(ratio(1, 10));
    assertThat(ExactInput.parse("0.01", "x")).isEqualTo(ratio(1, 100));
    assertThat(ExactInput.parse("-1.25", "x")).isEqualTo(ratio(-5, 4));
    assertThat(ExactInput.parse(" 2 ", "x")).isEqualTo(ratio(2, 1));
  }

  @Test
  void scientificNotationIsReadExactly() {
    assertThat(ExactInput.parse("1e-3", "x")).isEqualTo(ratio(1, 1000));
    assertThat(ExactInput.parse("2.5E2", "x")).isEqualTo(ratio(250, 1));
  }

  @Test
  void ratioIsReadExactly() {
    assertThat(ExactInput.parse("1/100", "x")).isEqualTo(ratio(1, 100));
    assertThat(ExactInput.parse("-3/10", "x")).isEqualTo(ratio(-3, 10));
    assertThat(ExactInput.parse("6/4", "x")).isEqualTo(ratio(3, 2));
  }

  @Test
  void zeroDenominatorIsRejected() {
    assertThatThrownBy(() -> ExactInput.parse("1/0", "epsilon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("epsilon = 1/0 has a zero denominator; pass a nonzero denominator");
  }

  @Test
  void nonNumberIsRejectedWithForms() {
    assertThatThrownBy(() -> ExactInput.parse("0.1.2", "z0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("z0 = \"0.1.2\" is not a number")
        .hasMessageContaining("1/100");
  }

  @Test
  void missingValueIsRejected() {
    assertThatThrownBy(() -> ExactInput.parse("  ", "T0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("T0 is missing");
  }
}
