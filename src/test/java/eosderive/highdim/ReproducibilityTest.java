package eosderive.highdim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed, same doubles; and sweep results independent of thread count and interruption. */
class ReproducibilityTest {

  private static final PrintStream QUIET =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @Test
  void drawIsBitIdenticalForSameSeed() {
    RandomInitialization init = new RandomInitialization(0.3, 0.2);
    RandomInitialization.ModelInstance a = init.draw(4, 5, 42L);
    RandomInitialization.ModelInstance b = init.draw(4, 5, 42L);
    assertThat(a.state().residuals()).isEqualTo(b.state().residuals());
    assertThat(a.state().jacobian()).isEqualTo(b.state().jacobian());
    for (int alpha = 0; alpha < 4; alpha++) {
      assertThat(a.tensor().slice(alpha)).isEqualTo(b.tensor().slice(alpha));
    }
    RandomInitialization.ModelInstance other = init.draw(4, 5, 43L);
    assertThat(other.state().residuals()).isNotEqualTo(a.state().residuals());
  }

  @Test
  void runIsBitIdenticalForSameSeed() {
    PhaseCell cell = PhaseCell.of(new Shape(8, 12), 1.5, 0.2);
    RunSettings settings = RunSettings.unitStep(3000);
    SeedResult first = cell.run(7L, settings);
    SeedResult second = cell.run(7L, settings);
    assertThat(second).isEqualTo(first);
    assertThat(Double.doubleToRawLongBits(second.result().finalSharpness()))
        .isEqualTo(Double.doubleToRawLongBits(first.result().finalSharpness()));
  }

  @Test
  void sweepIndependentOfThreadCount(@TempDir Path dir) throws IOException {
    SweepOptions one = tinySweep(1, false);
    SweepOptions two = tinySweep(2, false);
    List<SeedResult> serial = SweepRunner.run(one, dir.resolve("one.csv"), QUIET);
    List<SeedResult> parallel = SweepRunner.run(two, dir.resolve("two.csv"), QUIET);
    assertThat(parallel).isEqualTo(serial);
    assertThat(Files.readString(dir.resolve("two.csv")))
        .isEqualTo(Files.readString(dir.resolve("one.csv")));
  }

  @Test
  void resumeReproducesUninterruptedFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("runs.csv");
    List<SeedResult> full = SweepRunner.run(tinySweep(2, true), file, QUIET);
    String complete = Files.readString(file);
    List<String> lines = Files.readAllLines(file);
    // Keep the header and the first five rows, as if the sweep had been stopped.
    Files.write(file, lines.subList(0, 6));

    ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
    List<SeedResult> resumed = SweepRunner.run(tinySweep(2, true), file, log);
    assertThat(resumed).isEqualTo(full);
    assertThat(Files.readString(file)).isEqualTo(complete);
    assertThat(logBytes.toString(StandardCharsets.UTF_8)).contains("5 reused");
  }

  private static SweepOptions tinySweep(int threads, boolean resume) {
    return new SweepOptions(List.of(new Shape(1, 2), new Shape(6, 9)), List.of(0.8, 1.6),
        List.of(0.05, 0.3), 3, 2000, threads, resume);
  }
}
