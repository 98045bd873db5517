package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.junit.jupiter.api.Test;

class PrecisionTest {

  @Test
  void digitsBelowMinimumAreRejected() {
    assertThatThrownBy(() -> Precision.ofDigits(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("precision 10 is below the minimum of 16 digits; pass --digits 16 or more");
  }

  @Test
  void digitsAboveMaximumAreRejected() {
    assertThatThrownBy(() -> Precision.ofDigits(20_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("above the maximum of 10000 digits");
  }

  @Test
  void rationalIsTruncatedNotRounded() {
    Precision precision = Precision.ofDigits(16);
    assertThat(precision.parse("2/3", "x").toString(true)).isEqualTo("0.6666666666666666");
    assertThat(precision.parse("-2/3", "x").toString(true)).isEqualTo("-0.6666666666666666");
  }

  @Test
  void cancellationKeepsWorkingPrecision() {
    Precision precision = Precision.ofDigits(30);
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat third = precision.parse("1/3", "x");
    Apfloat nearThird = precision.parse("333333333/1000000000", "x");

    // Plain subtraction cancels 9 leading digits and returns a number of lower precision, so
    // every later operation on it would run at that lower precision too.
    assertThat(third.subtract(nearThird).precision()).isLessThan(30);
    assertThat(h.subtract(third, nearThird).precision()).isEqualTo(30);
  }

  @Test
  void unitRoundoffIsTenToOneMinusDigits() {
    Precision precision = Precision.ofDigits(20);
    assertThat(precision.unitRoundoff()).isEqualTo(new Apfloat("1e-19", 20));
  }
}
