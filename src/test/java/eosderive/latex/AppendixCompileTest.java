package eosderive.latex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eosderive.output.ResultWriter;
import eosderive.verify.Check;
import eosderive.verify.Report;

/**
 * Compiles a freshly generated appendix with pdflatex. CI installs TeX, so a missing pdflatex
 * is a failure, not a skip.
 */
class AppendixCompileTest {

  static final String INSTALL = "apt-get install -y --no-install-recommends texlive-latex-base";

  @TempDir Path out;

  @Test
  void appendixCompilesWithoutErrorsOrUndefinedReferences() throws Exception {
    Report report = new Report(Map.of("order", 4));
    report.add(new Check("special characters _ % & # $ { } ~ ^ \\ < > |", true,
        "1.5e-40 of 10^{-30}", "x_1 <= 2%", "detail"));
    report.add(new Check("a_very_long_check_name_without_any_spaces_at_all/that_must_break",
        false, "3 of 4 points differ", "exact equality", "detail"));
    report.write(new ResultWriter(out).verificationDirectory());
    int code = LatexCommand.run(out, null, 4, false, Notation.PAPER,
        new PrintStream(PrintStream.nullOutputStream()));
    assertThat(code).isZero();
    Path dir = out.resolve("derivations");
    assertThat(dir.resolve(VerificationSummary.FILE)).exists();

    for (int run = 1; run <= 2; run++) {
      Process p = pdflatex(dir);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("pdflatex finished").isTrue();
      String log = Files.readString(dir.resolve("appendix.log"), StandardCharsets.ISO_8859_1);
      assertThat(p.exitValue()).as("pdflatex run %d failed; log:%n%s", run, tail(log)).isZero();
      if (run == 2) {
        assertThat(log).doesNotContain("undefined references").doesNotContainPattern(
            "Reference `[^']*' on page \\d+ undefined").doesNotContain("LaTeX Error");
      }
    }
    assertThat(dir.resolve("appendix.pdf")).isNotEmptyFile();
  }

  private static Process pdflatex(Path dir) throws IOException {
    try {
      return new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error",
          "appendix.tex").directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      fail("pdflatex is not installed; install it with: " + INSTALL + " (" + e.getMessage()
          + ")");
      throw e;
    }
  }

  private static String tail(String log) {
    List<String> lines = log.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
