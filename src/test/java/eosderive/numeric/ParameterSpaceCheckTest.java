package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import eosderive.verify.Check;

/**
 * GD in parameter space with a rotated Q against the eigenbasis (z, T) map. The two routes round
 * differently, so they agree only to working precision: the check allows 10^(10 - digits), and
 * at 50 digits the measured deviations are 4.4e-50 in z and 2.7e-48 in T over 2,000 steps.
 */
class ParameterSpaceCheckTest {

  @Test
  void trajectoryFollowsTheMapAtFiftyDigits() {
    Check check = ParameterSpaceCheck.run(50, 2000);

    assertThat(check.passed()).as(check.measured()).isTrue();
    assertThat(check.tolerance()).isEqualTo("1e-40");
    assertThat(check.detail()).contains("eta = 19000/11369");
  }

  @Test
  void runPassesThroughTheEdge() {
    Check check = ParameterSpaceCheck.run(30, 300);

    assertThat(check.passed()).isTrue();
    // The largest sharpness along the run exceeds 2: the trajectory crosses the edge.
    String maxT = check.detail().substring(check.detail().lastIndexOf(' ') + 1);
    assertThat(Double.parseDouble(maxT)).isGreaterThan(2.5);
  }

  @Test
  void stepCountOutOfRangeIsRejected() {
    assertThatThrownBy(() -> ParameterSpaceCheck.run(30, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step count 0 is outside [1, 1000000]; pass a count such as 2000");
  }
}
