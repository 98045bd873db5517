package eosderive.derive;

import static org.assertj.core.api.Assertions.assertThat;

import eosderive.model.ModelDefinition;
import eosderive.verify.Check;

import org.junit.jupiter.api.Test;

/** The gradient-flow sharpening rate against a hand derivation and parameter-space flow. */
class GradientFlowSharpeningTest {

  private static GradientFlowSharpening flow() {
    return GradientFlowSharpening.derive(
        ModelDefinition.twoParameter(), Fixtures.oneStep(), Fixtures.symja());
  }

  /** dz/dt = -z T(0) and dT(k)/dt = -2 z T(k+1): the h^2 terms of the model's update. */
  @Test
  void flowIsFirstOrderPartOfUpdate() {
    GradientFlowSharpening flow = flow();
    assertThat(flow.zFlow().toString()).isEqualTo("-z*T[0]");
    assertThat(flow.momentFlow().toString()).isEqualTo("-2*z*T[1+k]");
    assertThat(flow.conservedRate().isZero()).isTrue();
  }

  /** Hand derivation: dT/dt = -2 z ((1 - eps) T + eps (Et + 2 z)). */
  @Test
  void rateMatchesHandDerivation() {
    assertThat(Symbols.RING.toInput(flow().rate())).isEqualTo(Symbols.RING.toInput(
        Symbols.RING.jas().parse("-2*z*((1 - eps)*T + eps*(Et + 2*z))")));
  }

  @Test
  void parameterSpaceFlowRisesWhereRateIsPositive() {
    for (Check row : flow().checks()) {
      assertThat(row.passed()).as("%s", row).isTrue();
    }
  }
}
