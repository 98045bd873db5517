package eosderive.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import eosderive.model.ModelDefinition;
import eosderive.output.DerivationResult;
import eosderive.output.ResultWriter;

import org.junit.jupiter.api.Test;

/** The runner: all seven results, in order, with byte-identical output on a second run. */
class YDynamicsDerivationsTest {

  private static List<String> run() {
    YDynamicsDerivations.Settings settings = new YDynamicsDerivations.Settings(4, 4, 30, false);
    List<String> texts = new ArrayList<>();
    for (DerivationResult r : YDynamicsDerivations.run(
        ModelDefinition.twoParameter(), Fixtures.symja(), settings).results()) {
      texts.add(r.name() + "\n" + ResultWriter.toJson(r.fields()) + r.texFragment());
    }
    return texts;
  }

  @Test
  void producesSevenResultsDeterministically() {
    List<String> first = run();
    assertThat(first).extracting(t -> t.substring(0, t.indexOf('\n'))).containsExactly(
        "y-dynamics", "y-fixed-point", "limit-series", "ode-limit", "catapult-rule",
        "gradient-flow", "errata");
    assertThat(run()).isEqualTo(first);
  }
}
