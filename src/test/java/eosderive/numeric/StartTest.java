package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apfloat.Apint;
import org.apfloat.Aprational;
import org.junit.jupiter.api.Test;

class StartTest {

  private static Aprational ratio(long numerator, long denominator) {
    return new Aprational(new Apint(numerator), new Apint(denominator));
  }

  @Test
  void eigenWeightsSolveTheLinearSystemExactly() {
    Start start = Start.parse("-0.3", "1.9", "1/10", "0");

    // v0 = eps (T0 - Et - 2 z0) / (1 + eps) = (1/10)(19/10 + 6/10) / (11/10) = 5/22.
    assertThat(start.v0()).isEqualTo(ratio(5, 22));
    assertThat(start.u0()).isEqualTo(ratio(19, 10).subtract(ratio(5, 22)));
    // u + v = T0 and u - v/eps = Et + 2 z0.
    assertThat(start.u0().add(start.v0())).isEqualTo(ratio(19, 10));
    assertThat(start.u0().subtract(start.v0().multiply(ratio(10, 1))))
        .isEqualTo(ratio(-6, 10));
  }

  @Test
  void nonzeroEtEntersTheSolve() {
    Start start = Start.parse("0", "2", "1/2", "1");

    // v0 = (1/2)(2 - 1) / (3/2) = 1/3, u0 = 5/3, and u0 - v0/eps = 1 = Et.
    assertThat(start.v0()).isEqualTo(ratio(1, 3));
    assertThat(start.u0()).isEqualTo(ratio(5, 3));
  }

  @Test
  void boundaryStartIsPhysical() {
    Start start = Start.parse("1/2", "1", "1/10", "0");

    assertThat(start.v0().signum()).isZero();
    assertThat(start.isPhysical()).isTrue();
  }

  @Test
  void startJustOutsideIsNotPhysical() {
    Start start = Start.parse("0.500000000000000000000000000001", "1", "1/10", "0");

    assertThat(start.v0().signum()).isNegative();
    assertThat(start.isPhysical()).isFalse();
  }

  @Test
  void epsilonOutsideRangeIsRejected() {
    assertThatThrownBy(() -> Start.parse("0", "1", "3/2", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("epsilon = 3/2 is outside (0, 1]");
    assertThatThrownBy(() -> Start.parse("0", "1", "0", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("epsilon = 0 is outside (0, 1]");
  }
}
