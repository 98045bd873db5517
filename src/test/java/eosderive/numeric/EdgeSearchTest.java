package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apfloat.Apint;
import org.apfloat.Aprational;
import org.junit.jupiter.api.Test;

class EdgeSearchTest {

  private static final RunSettings SETTINGS = RunSettings.of(30, "1e-20", 200_000);

  private static Aprational ratio(long numerator, long denominator) {
    return new Aprational(new Apint(numerator), new Apint(denominator));
  }

  @Test
  void findsTwoStartsForOneTenth() {
    List<EdgeStart> found = EdgeSearch.find("1/10", 2, SETTINGS);

    assertThat(found).hasSize(2);
    // Scan order: T0 = 199/100 first, and z0 = -1/20 and -1/10 stop short of the edge.
    assertThat(found.get(0).start().z0()).isEqualTo(ratio(-1, 5));
    assertThat(found.get(1).start().z0()).isEqualTo(ratio(-3, 10));
    for (EdgeStart edgeStart : found) {
      assertThat(edgeStart.start().sharpness0()).isEqualTo(ratio(199, 100));
      assertThat(edgeStart.reachesEdge()).isTrue();
      assertThat(edgeStart.run().converged()).isTrue();
      assertThat(edgeStart.run().finalAlternations()).isGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void findsTwoStartsForOneFiftieth() {
    List<EdgeStart> found = EdgeSearch.find("1/50", 2, SETTINGS);

    assertThat(found).hasSize(2);
    assertThat(found.get(0).start().z0()).isEqualTo(ratio(-1, 20));
    assertThat(found.get(1).start().z0()).isEqualTo(ratio(-1, 10));
    assertThat(found).allSatisfy(edgeStart -> assertThat(edgeStart.reachesEdge()).isTrue());
  }

  @Test
  void startThatStopsShortFailsNeighbourCondition() {
    RunResult run = GdRunner.run(Start.parse("-0.05", "1.99", "1/10", "0"), SETTINGS);
    RunResult neighbour = GdRunner.run(Start.parse("-0.1", "1.99", "1/10", "0"), SETTINGS);

    // It passes conditions 1 to 4: it converges after T exceeded 2, oscillates to the end and
    // lands in the band (y_inf = -0.0439). Only its sensitivity to the start gives it away.
    List<String> failures = EdgeCriterion.failures(run, neighbour);
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0)).startsWith("y_inf differs from the neighbouring start's by");
  }

  @Test
  void startBelowEdgeFailsSharpnessCondition() {
    RunResult run = GdRunner.run(Start.parse("-0.05", "1.8", "1/10", "0"), SETTINGS);
    RunResult neighbour = GdRunner.run(Start.parse("-0.1", "1.8", "1/10", "0"), SETTINGS);

    assertThat(EdgeCriterion.failures(run, neighbour))
        .anySatisfy(failure -> assertThat(failure).startsWith("sharpness never exceeded 2"));
  }

  @Test
  void unconvergedRunFailsFirstCondition() {
    RunResult capped = GdRunner.run(Start.parse("-0.3", "1.9", "1/10", "0"),
        RunSettings.of(30, "1e-20", 50));

    assertThat(EdgeCriterion.failures(capped, null))
        .containsExactly("run stopped with STEP_CAP, not CONVERGED");
  }

  @Test
  void countBelowOneIsRejected() {
    assertThatThrownBy(() -> EdgeSearch.find("1/10", 0, SETTINGS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count 0 is below 1; pass 1 or more");
  }
}
