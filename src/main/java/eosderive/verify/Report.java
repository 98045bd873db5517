package eosderive.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eosderive.output.AtomicFiles;
import eosderive.output.ResultWriter;

/**
 * The verification report: every check with its measured error and tolerance, written as
 * {@code verification/report.json} and {@code verification/report.md}.
 */
public final class Report {

  private final Map<String, Object> settings;
  private final List<Check> checks = new ArrayList<>();

  /** Creates a report that records {@code settings} (order, digits, ...) in both files. */
  public Report(Map<String, Object> settings) {
    this.settings = new LinkedHashMap<>(settings);
  }

  public void add(Check check) {
    checks.add(check);
  }

  public void addAll(List<Check> more) {
    checks.addAll(more);
  }

  public List<Check> checks() {
    return List.copyOf(checks);
  }

  public boolean passed() {
    return checks.stream().allMatch(Check::passed);
  }

  public long failures() {
    return checks.stream().filter(c -> !c.passed()).count();
  }

  /** Writes both files atomically under {@code verificationDirectory}. */
  public void write(Path verificationDirectory) throws IOException {
    AtomicFiles.writeString(verificationDirectory.resolve("report.json"), toJson());
    AtomicFiles.writeString(verificationDirectory.resolve("report.md"), toMarkdown());
  }

  String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("engineVersion", ResultWriter.ENGINE_VERSION);
    root.put("settings", settings);
    root.put("passed", passed());
    root.put("checkCount", checks.size());
    root.put("failureCount", failures());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Check c : checks) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", c.name());
      row.put("passed", c.passed());
      row.put("measured", c.measured());
      row.put("tolerance", c.tolerance());
      row.put("detail", c.detail());
      rows.add(row);
    }
    root.put("checks", rows);
    return ResultWriter.toJson(root);
  }

  String toMarkdown() {
    StringBuilder md = new StringBuilder("# eos-derive verification report\n\n");
    md.append("Engine: ").append(ResultWriter.ENGINE_VERSION).append(". Settings: ");
    List<String> parts = new ArrayList<>();
    settings.forEach((k, v) -> parts.add(k + " = " + v));
    md.append(String.join(", ", parts)).append(".\n\n");
    md.append(passed() ? "All " + checks.size() + " checks passed.\n\n"
        : failures() + " of " + checks.size() + " checks FAILED.\n\n");
    md.append("| check | result | measured | tolerance | detail |\n");
    md.append("|---|---|---|---|---|\n");
    for (Check c : checks) {
      md.append("| ").append(cell(c.name())).append(" | ").append(c.passed() ? "pass" : "FAIL")
          .append(" | ").append(cell(c.measured())).append(" | ").append(cell(c.tolerance()))
          .append(" | ").append(cell(c.detail())).append(" |\n");
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
