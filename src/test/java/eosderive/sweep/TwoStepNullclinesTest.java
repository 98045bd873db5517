package eosderive.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Roots of the two-step nullclines must satisfy their equations. Bisection stops at an interval
 * of width 1e-13 in T, and both functions have slope of order 1 in T there. So the residual is
 * below 1e-11, which leaves room for double rounding.
 */
class TwoStepNullclinesTest {

  @Test
  void rootsSatisfyTheirEquations() {
    List<Double> zs = new ArrayList<>();
    for (int i = -20; i <= 20; i++) {
      zs.add(i / 40.0);
    }
    TwoStepNullclines.Curves curves = TwoStepNullclines.compute(0.1, 0, zs, 0.5, 3);

    assertThat(curves.zNullcline()).isNotEmpty();
    assertThat(curves.tNullcline()).isNotEmpty();
    for (double[] point : curves.zNullcline()) {
      double[] next = TwoStepNullclines.twoSteps(0.1, 0, point[0], point[1]);
      assertThat(Math.abs(next[0] - point[0])).isLessThan(1e-11);
    }
    for (double[] point : curves.tNullcline()) {
      double[] next = TwoStepNullclines.twoSteps(0.1, 0, point[0], point[1]);
      assertThat(Math.abs(next[1] - point[1])).isLessThan(1e-11);
    }
  }

  @Test
  void zNullclineApproachesTheEdgeAtSmallResidual() {
    // For small z the two-step multiplier is about (1 - T)^2, which is 1 at T = 2.
    TwoStepNullclines.Curves curves = TwoStepNullclines.compute(0.1, 0, List.of(0.01), 1.5, 2.5);

    assertThat(curves.zNullcline()).anySatisfy(point -> assertThat(point[1])
        .isBetween(1.95, 2.05));
  }
}
