package eosderive.latex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eosderive.derive.Foundation;
import eosderive.model.ModelDefinition;
import eosderive.output.ResultWriter;
import eosderive.symbolic.Symja;
import eosderive.verify.Check;

class RoundTripTest {

  private static final Symja SYMJA = new Symja();
  private static Foundation foundation;

  @TempDir static Path out;

  @BeforeAll
  static void derive() throws IOException {
    foundation = Foundation.derive(ModelDefinition.twoParameter(), SYMJA, 6, m -> { });
    foundation.write(new ResultWriter(out), SYMJA);
  }

  private static Path derivations() {
    return out.resolve("derivations");
  }

  @Test
  void everyFragmentReadsBackAsTheExactResult() throws IOException {
    List<Check> checks = new RoundTrip(SYMJA).roundTrip(derivations());

    assertThat(checks).extracting(Check::name).containsExactly(
        "latex round trip: nullcline-series", "latex round trip: one-step-map",
        "latex round trip: one-step-nullclines", "latex round trip: physical-region",
        "latex round trip: two-step-map");
    assertThat(checks).allSatisfy(c -> assertThat(c.passed()).as(c.detail()).isTrue());
  }

  @Test
  void aChangedCoefficientFailsItsFragment() throws IOException {
    Path tex = derivations().resolve("two-step-map.tex");
    String original = Files.readString(tex);
    String changed = original.replaceFirst("p_\\{0\\}\\(\\\\eosz\\) &= \\\\eosz",
        "p_{0}(\\\\eosz) &= 2 \\\\eosz");
    assertThat(changed).isNotEqualTo(original);

    Check check = new RoundTrip(SYMJA).fragment("two-step-map", changed,
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(derivations().resolve("two-step-map.json").toFile()));

    assertThat(check.passed()).isFalse();
    assertThat(check.detail()).contains("json:p.0").contains("right side differs");
  }

  @Test
  void anUnannotatedFormulaFailsItsFragment() throws IOException {
    String tex = "\\begin{align*}\n  x &= 1\n\\end{align*}\nText with $x$.\n";

    Check check = new RoundTrip(SYMJA).fragment("extra", tex,
        new com.fasterxml.jackson.databind.ObjectMapper().readTree("{}"));

    assertThat(check.passed()).isFalse();
    assertThat(check.detail()).contains("line 2: x &= 1").contains("line 4: inline math");
  }
}
