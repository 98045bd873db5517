package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of the benchmark output, with measurements cut to a few milliseconds. */
class BenchTest {

  private static final BenchOptions TINY =
      new BenchOptions(0.02, 0, List.of(30), List.of("1/10"), 30, "1e-20");

  @Test
  void measureReportsEveryPathAndRatio() {
    Map<String, Object> results = Bench.measure(TINY);

    assertThat(results).containsKeys("machine", "stepsPerSecond", "ratios", "timeToYInf");
    @SuppressWarnings("unchecked")
    Map<String, Object> rates = (Map<String, Object>) results.get("stepsPerSecond");
    assertThat(rates).containsKeys("double map", "double map with error bound",
        "fixed point 30 digits (108 bits)", "Apfloat 30 digits");
    assertThat(rates.values()).allSatisfy(rate -> assertThat((double) rate).isPositive());
  }

  @Test
  void runWritesMarkdownAndJson(@TempDir Path out) throws Exception {
    assertThat(Bench.run(out, TINY)).isZero();

    assertThat(Files.readString(out.resolve("benchmarks/BENCHMARKS.md")))
        .startsWith("# Benchmarks").contains("eosderive.numeric.Bench");
    assertThat(Files.readString(out.resolve("benchmarks/bench.json")))
        .contains("\"stepsPerSecond\"");
  }

  @Test
  void nonPositiveMeasurementTimeIsRejected() {
    assertThatThrownBy(() -> new BenchOptions(0, 1, List.of(30), List.of(), 30, "1e-20"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measurement time 0.0 s is outside (0, 600]; pass a time such as 2");
  }
}
