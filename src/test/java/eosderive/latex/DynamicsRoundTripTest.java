package eosderive.latex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eosderive.derive.YDynamicsDerivations;
import eosderive.model.ModelDefinition;
import eosderive.output.DerivationResult;
import eosderive.output.ResultWriter;
import eosderive.symbolic.Symja;
import eosderive.verify.Check;

/** The fragments of the y-dynamics results read back as the exact values they show. */
class DynamicsRoundTripTest {

  private static final Symja SYMJA = new Symja();

  @TempDir static Path out;

  @BeforeAll
  static void derive() throws IOException {
    YDynamicsDerivations.Settings d = YDynamicsDerivations.Settings.defaults();
    ResultWriter writer = new ResultWriter(out);
    for (DerivationResult r : YDynamicsDerivations.run(ModelDefinition.twoParameter(), SYMJA,
        new YDynamicsDerivations.Settings(d.order(), d.limitOrder(), d.checkPrecision(), false))
        .results()) {
      writer.write(r);
    }
  }

  private static Check reread(String name, String tex) throws IOException {
    return new RoundTrip(SYMJA).fragment(name, tex, new ObjectMapper()
        .readTree(out.resolve("derivations").resolve(name + ".json").toFile()));
  }

  private static String fragment(String name) throws IOException {
    return Files.readString(out.resolve("derivations").resolve(name + ".tex"));
  }

  @Test
  void everyNewFragmentReadsBackAsTheExactResult() throws IOException {
    List<Check> checks = new RoundTrip(SYMJA).roundTrip(out.resolve("derivations"));

    assertThat(checks).extracting(Check::name).map(n -> n.replace("latex round trip: ", ""))
        .containsExactlyInAnyOrderElementsOf(LatexCommand.DYNAMICS);
    assertThat(checks).allSatisfy(c -> assertThat(c.passed()).as(c.detail()).isTrue());
  }

  @Test
  void aChangedCoefficientFailsEachNewFragment() throws IOException {
    for (String name : LatexCommand.DYNAMICS) {
      String original = fragment(name);
      // Alter the first integer of the first checked display line.
      int at = original.indexOf("% eos-check ");
      int line = original.indexOf('\n', at) + 1;
      int eq = original.indexOf("&=", line);
      String rest = original.substring(eq);
      String changed = original.substring(0, eq)
          + rest.replaceFirst("([0-9]+)", "$1" + "7");
      assertThat(changed).as(name).isNotEqualTo(original);

      assertThat(reread(name, changed).passed()).as(name).isFalse();
    }
  }

  @Test
  void aWrongTruncationOrderFails() throws IOException {
    String original = fragment("limit-series");
    String changed = original.replaceFirst("O\\(\\\\eoseps\\^\\{(\\d+)\\}\\)", "O(\\\\eoseps^{99})");
    assertThat(changed).isNotEqualTo(original);

    Check check = reread("limit-series", changed);

    assertThat(check.passed()).isFalse();
    assertThat(check.detail()).contains("O-term of order");
  }

  @Test
  void inlineMathWithoutTheTextMarkerFails() throws IOException {
    String changed = fragment("gradient-flow").replace("% eos-text\n", "");

    assertThat(reread("gradient-flow", changed).detail()).contains("inline math");
  }
}
