package eosderive.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole sweep command with {@link SweepOptions#quick()}: ladder at eps = 1/10 and 1/100,
 * an 11 x 7 grid at eps = 1/10, the parameter-space check and all figures.
 */
class SweepCommandTest {

  @Test
  void quickSweepWritesEveryFile(@TempDir Path out) throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    SweepOptions options = SweepOptions.quick()
        .withDerivedSeries(List.of(List.of("1/10", "-0.06"), List.of("1/100", "-0.0051")));
    int code = SweepCommand.execute(out, options, true,
        new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(code).as(log.toString(StandardCharsets.UTF_8)).isZero();
    Path sweeps = out.resolve("verification/sweeps");
    Path figures = out.resolve("verification/figures");
    assertThat(Files.readString(sweeps.resolve("ladder.csv")))
        .startsWith("eps,z0,T0,stop,accelerated,");
    assertThat(Files.readAllLines(sweeps.resolve("grid-eps-1_10.csv"))).hasSize(1 + 77);
    assertThat(Files.readString(sweeps.resolve("checks.json")))
        .contains("\"name\" : \"y_inf vs -eps/2 at eps = 1/100\"")
        .contains("parameter-space GD follows the (z, T) map")
        .contains("fiber-series y_inf vs plain iteration")
        .contains("double-path y_inf within its proved bound at eps = 1/10")
        .doesNotContain("\"passed\" : false");
    for (String name : List.of("phase-portrait-eps-1_10.png", "y-inf-vs-eps.png")) {
      BufferedImage image = ImageIO.read(figures.resolve(name).toFile());
      assertThat(image.getWidth()).isEqualTo(900);
    }
    assertThat(Files.readString(figures.resolve("y-inf-vs-eps-derived.dat")))
        .startsWith("eps abs_value");
    assertThat(Files.readString(figures.resolve("phase-portrait-eps-1_10-z-nullcline.dat")))
        .startsWith("z T\n");
  }

  @Test
  void ladderResidualMatchesIndependentRun() {
    List<LadderPoint> ladder = LadderSweep.run(SweepOptions.quick(),
        new ProgressBar(System.err, "ladder", 4, false));

    // YLadderTest measured -0.99120 and -0.85592 from the same start with plain Apfloat
    // iteration to a tail bound of 1e-30; the fiber series must reproduce them to 1e-5.
    assertThat(ladder.get(0).residual().doubleValue()).isBetween(-0.99121, -0.99119);
    assertThat(ladder.get(1).residual().doubleValue()).isBetween(-0.85593, -0.85591);
    assertThat(ladder).allSatisfy(point -> assertThat(point.residualDigits())
        .isGreaterThanOrEqualTo(LadderSweep.REQUIRED_RESIDUAL_DIGITS));
    assertThat(LadderSweep.checks(ladder)).allSatisfy(check -> assertThat(check.passed())
        .isTrue());
  }

  @Test
  void invalidOptionsNameTheValueAndTheFix() {
    SweepOptions quick = SweepOptions.quick();

    assertThatThrownBy(() -> new SweepOptions(List.of("2"), quick.ladderStart(),
        quick.gridEpsilons(), quick.residualRange(), quick.sharpnessRange(), 30, 40, "1e-12",
        "1e-25", 1000, 1000, 2, false, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("epsilon = 2 is outside (0, 1]; pass an epsilon such as 1/10");
    assertThatThrownBy(() -> new SweepOptions(quick.ladderEpsilons(), quick.ladderStart(),
        quick.gridEpsilons(), quick.residualRange(), quick.sharpnessRange(), 40, 40, "1e-12",
        "1e-25", 1000, 1000, 2, false, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pass a check precision of at least 41");
    assertThatThrownBy(() -> new SweepOptions.GridRange("1", "0", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grid end 0 is not above grid start 1; pass a range with first < last");
  }
}
