package eosderive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {

  /** Runs the command line and returns its exit code and standard error. */
  private static Result run(String... args) {
    PrintStream savedErr = System.err;
    PrintStream savedOut = System.out;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      int code = Main.execute(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(savedErr);
      System.setOut(savedOut);
    }
  }

  private record Result(int code, String out, String err) {}

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "derive --order 0; series order 0 is outside 1..24",
      "derive --order 99; series order 99 is outside 1..24",
      "derive --order x; Invalid value for option '--order'",
      "derive --frobnicate; Unknown option: '--frobnicate'",
      "iterate --z0 -0.1 --T0 1.9 --eps 0; eps",
      "iterate --z0 -0.1 --T0 1.9 --eps 3/2; eps",
      "iterate --z0 -0.1 --T0 1.9 --eps 0.1 --digits 10; 16",
      "iterate --z0 abc --T0 1.9 --eps 0.1; abc",
      "iterate --z0 -0.1 --T0 1.9 --eps 0.1 --digits 5; precision 5 is below the minimum",
      "iterate --z0 2 --T0 1/2 --eps 1/10; outside the physical region",
      "derive --notation fancy --out /dev/null/unused; unknown notation 'fancy'",
      "derive --quiet --out /dev/null/x; cannot write the output"})
  void badInputExitsWithUsageError(String commandLine, String expectedMessage) {
    Result result = run(commandLine.split(" "));
    assertThat(result.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(result.err()).contains(expectedMessage);
    assertThat(result.err().lines().filter(l -> l.startsWith("eos-derive: error")).count())
        .isEqualTo(1);
  }

  @Test
  void iterateDivergenceExitsWithOne() {
    Result result = run("iterate", "--z0", "-1/10", "--T0", "5", "--eps", "1/10");
    assertThat(result.code()).isEqualTo(Main.EXIT_CHECK_FAILED);
    assertThat(result.out()).contains("stopReason: DIVERGED", "T_final:");
  }

  @Test
  void missingSubcommandIsUsageError() {
    Result result = run();
    assertThat(result.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(result.err()).contains("missing subcommand");
  }

  @Test
  void helpListsSubcommands() {
    Result result = run("--help");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("all", "derive", "iterate", "verify");
  }

  @Test
  void iteratePrintsJsonResult() {
    Result result = run("iterate", "--z0", "-1/5", "--T0", "1.99", "--eps", "1/10",
        "--digits", "30", "--json");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("\"stopReason\" : \"CONVERGED\"", "\"y_inf\" : \"-0.0599");
  }

  @Test
  void deriveIsDeterministicAndLeavesNoTemporaryFiles(@TempDir Path first, @TempDir Path second)
      throws IOException {
    assertThat(run("derive", "--order", "4", "--quiet", "--out", first.toString()).code())
        .isZero();
    assertThat(run("derive", "--order", "4", "--quiet", "--out", second.toString()).code())
        .isZero();
    List<Path> files = list(first.resolve("derivations"));
    assertThat(files).extracting(p -> p.getFileName().toString()).contains(
        "one-step-map.json", "one-step-nullclines.json", "physical-region.json",
        "two-step-map.json", "nullcline-series.json", "nullcline-series.tex", "eos-macros.tex");
    assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    for (Path file : files) {
      Path twin = second.resolve("derivations").resolve(file.getFileName());
      assertThat(Files.mismatch(file, twin)).as(file.getFileName().toString()).isEqualTo(-1L);
    }
  }

  private static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }
}
