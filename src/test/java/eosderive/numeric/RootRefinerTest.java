package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.junit.jupiter.api.Test;

class RootRefinerTest {

  private static FixedPrecisionApfloatHelper at(Apfloat x) {
    return new FixedPrecisionApfloatHelper(x.precision());
  }

  private static final Function<Apfloat, Apfloat> SQUARE_MINUS_TWO = x -> {
    FixedPrecisionApfloatHelper h = at(x);
    return h.subtract(h.multiply(x, x), h.valueOf(new Apfloat(2)));
  };

  private static final Function<Apfloat, Apfloat> TWICE = x -> at(x).multiply(x,
      at(x).valueOf(new Apfloat(2)));

  @Test
  void squareRootOfTwoToFiftyDigits() {
    Apfloat root = RootRefiner.solveNear(SQUARE_MINUS_TWO, TWICE, 1.0, 2.0, 50);
    Apfloat reference = ApfloatMath.sqrt(new Apfloat(2, 60));
    FixedPrecisionApfloatHelper h = new FixedPrecisionApfloatHelper(60);

    // Both are truncated: the 50-digit result is within 10^-49 (one unit in its last digit,
    // relative to sqrt 2 < 10) of the 60-digit reference.
    assertThat(root.precision()).isEqualTo(50);
    assertThat(h.abs(h.subtract(root, reference))).isLessThan(new Apfloat("1e-49", 60));
  }

  @Test
  void cubicRootToTwoHundredDigits() {
    // g(T) = T^3 - 2T - 5 has its real root near 2.0946 (Wallis's example).
    Function<Apfloat, Apfloat> cubic = x -> {
      FixedPrecisionApfloatHelper h = at(x);
      Apfloat cube = h.multiply(x, h.multiply(x, x));
      return h.subtract(h.subtract(cube, h.multiply(h.valueOf(new Apfloat(2)), x)),
          h.valueOf(new Apfloat(5)));
    };
    Function<Apfloat, Apfloat> slope = x -> {
      FixedPrecisionApfloatHelper h = at(x);
      return h.subtract(h.multiply(h.valueOf(new Apfloat(3)), h.multiply(x, x)),
          h.valueOf(new Apfloat(2)));
    };
    Apfloat root = RootRefiner.solveNear(cubic, slope, 2.0, 3.0, 200);
    FixedPrecisionApfloatHelper h = new FixedPrecisionApfloatHelper(220);

    // |g(root)| <= |g'| * |error| with g' about 11.2 and error below 10^-199.
    assertThat(h.abs(cubic.apply(h.valueOf(root)))).isLessThan(new Apfloat("1e-197", 220));
    assertThat(root.toString(true)).startsWith("2.0945514815423265914823865405793029638573");
  }

  @Test
  void bracketWithoutSignChangeIsRejected() {
    assertThatThrownBy(() -> RootRefiner.solveNear(SQUARE_MINUS_TWO, TWICE, 2.0, 3.0, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("g does not change sign on [2.0, 3.0]");
  }

  @Test
  void invertedBracketIsRejected() {
    assertThatThrownBy(() -> RootRefiner.solveNear(SQUARE_MINUS_TWO, TWICE, 2.0, 1.0, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bracket [2.0, 1.0] is invalid; pass finite bounds with lo < hi");
  }

  @Test
  void lowPrecisionIsRejected() {
    assertThatThrownBy(() -> RootRefiner.solveNear(SQUARE_MINUS_TWO, TWICE, 1.0, 2.0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("precision 10 is below the minimum of 16 digits");
  }
}
