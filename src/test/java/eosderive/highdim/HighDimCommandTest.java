package eosderive.highdim;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end run of a tiny sweep into a temporary folder. */
class HighDimCommandTest {

  @Test
  void writesAllOutputs(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    HighDimCommand command = new HighDimCommand(
        new PrintStream(outBytes, true, StandardCharsets.UTF_8),
        new PrintStream(logBytes, true, StandardCharsets.UTF_8));
    SweepOptions options = new SweepOptions(List.of(new Shape(1, 2), new Shape(4, 8)),
        List.of(0.5, 1.0, 1.9), List.of(0.05, 0.2), 2, 1000, 2, true);

    assertThat(command.run(dir, options)).isZero();

    String log = logBytes.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("cost estimate").contains("pilot D=4 P=8");
    assertThat(Files.readAllLines(dir.resolve("runs.csv"))).hasSize(1 + 2 * 3 * 2 * 2);
    assertThat(Files.readAllLines(dir.resolve("cells.csv"))).hasSize(1 + 2 * 3 * 2);
    List<String> dat = Files.readAllLines(dir.resolve("phase_D4_P8.dat"));
    assertThat(dat.get(0)).isEqualTo(SummaryFiles.COLUMNS);
    assertThat(dat).hasSize(1 + 3 + 1 + 3);
    assertThat(dat.get(4)).isEmpty();
    BufferedImage png = ImageIO.read(dir.resolve("phase-diagram.png").toFile());
    assertThat(png.getWidth()).isGreaterThan(500);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void invalidGridPointReportsFailure(@TempDir Path dir) {
    ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    HighDimCommand command = new HighDimCommand(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(logBytes, true, StandardCharsets.UTF_8));
    SweepOptions options = new SweepOptions(List.of(new Shape(2, 3)), List.of(-1.0),
        List.of(0.1), 1, 10, 1, false);
    assertThat(command.run(dir, options)).isEqualTo(1);
    assertThat(logBytes.toString(StandardCharsets.UTF_8)).contains("s0 = -1.0");
  }
}
