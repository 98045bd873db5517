package eosderive.latex;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eosderive.output.AtomicFiles;

/**
 * The fragment {@code verification-summary.tex}: the checks of
 * {@code verification/report.json} as a longtable of check, result, measured value and
 * tolerance, every cell escaped with {@link TexText} and set ragged right.
 */
public final class VerificationSummary {

  public static final String FILE = "verification-summary.tex";

  private VerificationSummary() {}

  /** Returns the fragment for the report in {@code reportJson}. */
  public static String fromReport(Path reportJson) throws IOException {
    return fromReport(new ObjectMapper().readTree(reportJson.toFile()));
  }

  public static String fromReport(JsonNode report) {
    StringBuilder tex = new StringBuilder();
    tex.append("% eos-derive verification summary, generated from verification/report.json.\n")
        .append("% Needs the longtable and array packages.\n");
    JsonNode checks = report.path("checks");
    long failed = 0;
    for (JsonNode c : checks) {
      failed += c.path("passed").asBoolean() ? 0 : 1;
    }
    tex.append(failed == 0 ? "All " + checks.size() + " checks passed"
        : failed + " of " + checks.size() + " checks failed");
    tex.append(" (").append(TexText.escape(report.path("engineVersion").asText()));
    JsonNode settings = report.path("settings");
    for (var it = settings.fields(); it.hasNext(); ) {
      var e = it.next();
      tex.append("; ").append(TexText.escape(e.getKey() + " " + e.getValue().asText()));
    }
    tex.append(").\n\n");
    String ragged = ">{\\raggedright\\arraybackslash}p";
    tex.append("\\begin{longtable}{@{}").append(ragged).append("{0.40\\textwidth}l")
        .append(ragged).append("{0.25\\textwidth}").append(ragged)
        .append("{0.17\\textwidth}@{}}\n");
    String header = "\\hline\nCheck & Result & Measured & Tolerance \\\\\n\\hline\n";
    tex.append(header).append("\\endfirsthead\n").append(header).append("\\endhead\n")
        .append("\\hline\n\\endfoot\n");
    for (JsonNode c : checks) {
      tex.append(TexText.escape(c.path("name").asText())).append(" & ")
          .append(c.path("passed").asBoolean() ? "pass" : "\\textbf{FAIL}").append(" & ")
          .append(TexText.escape(c.path("measured").asText())).append(" & ")
          .append(TexText.escape(c.path("tolerance").asText())).append(" \\\\\n");
    }
    return tex.append("\\end{longtable}\n").toString();
  }

  /** Writes the fragment into {@code derivationsDir} from {@code reportJson}. */
  public static Path write(Path reportJson, Path derivationsDir) throws IOException {
    Path target = derivationsDir.resolve(FILE);
    AtomicFiles.writeString(target, fromReport(reportJson));
    return target;
  }
}
