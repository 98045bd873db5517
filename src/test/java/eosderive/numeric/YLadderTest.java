package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;

/**
 * Runs the y_inf ladder for eps = 1/10, 1/20, 1/50, 1/100 from three starts that reach the edge
 * of stability, at 40 digits with tolerance 1e-30.
 */
class YLadderTest {

  private static final List<List<String>> STARTS =
      List.of(List.of("-0.3", "1.9"), List.of("-0.4", "1.9"), List.of("-0.5", "1.9"));

  private static final RunSettings SETTINGS = RunSettings.of(40, "1e-30", 200_000);

  @Test
  void startsAgreeToMoreDigitsAsEpsShrinks() {
    List<LadderRow> rows = YLadder.compute(List.of(
        YLadder.Rung.ofPairs("1/10", STARTS), YLadder.Rung.ofPairs("1/20", STARTS),
        YLadder.Rung.ofPairs("1/50", STARTS), YLadder.Rung.ofPairs("1/100", STARTS)),
        SETTINGS);

    assertThat(rows).hasSize(4);
    assertThat(rows).allSatisfy(row -> assertThat(row.allConverged()).isTrue());
    // Measured by this engine: 3, 8 and 21 agreeing digits for eps = 1/10, 1/20 and 1/50, where
    // the starts differ by about exp(-1.1/eps) in y_inf. At eps = 1/100 that difference (about
    // 1e-48) is below the tolerance, so only the tolerance limits the agreement there.
    assertThat(rows.get(0).agreeingDigits()).isBetween(2, 4);
    assertThat(rows.get(1).agreeingDigits()).isBetween(7, 9);
    assertThat(rows.get(2).agreeingDigits()).isBetween(20, 23);
    assertThat(rows.get(3).agreeingDigits()).isGreaterThanOrEqualTo(27);
    assertThat(rows.get(3).limitedByTolerance()).isTrue();
    assertThat(rows.get(2).limitedByTolerance()).isFalse();
  }

  @Test
  void residualStaysBelowOneAndFalls() {
    List<LadderRow> rows = YLadder.compute(List.of(
        YLadder.Rung.ofPairs("1/10", STARTS.subList(2, 3)),
        YLadder.Rung.ofPairs("1/20", STARTS.subList(2, 3)),
        YLadder.Rung.ofPairs("1/50", STARTS.subList(2, 3)),
        YLadder.Rung.ofPairs("1/100", STARTS.subList(2, 3))), SETTINGS);

    // Measured residuals (y_inf + eps/2) / eps^2 from z0 = -1/2, T0 = 19/10: -0.99120, -0.90953,
    // -0.86855, -0.85592. So |y_inf + eps/2| < eps^2 on every rung, and the eps^2 coefficient
    // moves toward about -0.84 as eps shrinks.
    String[] measured = {"-0.99120", "-0.90953", "-0.86855", "-0.85592"};
    Apfloat previous = null;
    for (int i = 0; i < rows.size(); i++) {
      Apfloat residual = rows.get(i).entries().get(0).residual();
      Apfloat pin = new Apfloat(measured[i], 40);
      assertThat(residual.subtract(pin).doubleValue()).as("residual at rung %d", i)
          .isBetween(-1e-5, 1e-5);
      assertThat(residual.doubleValue()).isBetween(-1.0, 0.0);
      if (previous != null) {
        assertThat(residual).isGreaterThan(previous);
      }
      previous = residual;
    }
  }

  @Test
  void startWithOtherEpsIsRejected() {
    YLadder.Rung rung = new YLadder.Rung("1/10", List.of(Start.parse("-0.3", "1.9", "1/20", "0")));

    assertThatThrownBy(() -> YLadder.compute(List.of(rung), SETTINGS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has epsilon 1/20 but its rung has epsilon 1/10");
  }

  @Test
  void emptyRungIsRejected() {
    YLadder.Rung rung = new YLadder.Rung("1/10", List.of());

    assertThatThrownBy(() -> YLadder.compute(List.of(rung), SETTINGS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the rung for epsilon = 1/10 has no starts; pass at least one start");
  }
}
