package eosderive.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apfloat.Apfloat;

import eosderive.numeric.LimitResult;
import eosderive.numeric.RunResult;
import eosderive.output.AtomicFiles;
import eosderive.output.ResultWriter;
import eosderive.verify.Check;

/**
 * CSV and JSON forms of sweep results. Output contains no timings, host names or dates, so equal
 * inputs give byte-identical files.
 */
final class SweepFiles {

  private SweepFiles() {}

  static void writeGrid(Path directory, String stem, List<GridPoint> points) throws IOException {
    StringBuilder csv = new StringBuilder("eps,z0,T0,class,class_first,class_check,stop_first,"
        + "stop_check,path_first,escalated,steps_first,steps_check,y_inf_first,y_inf_check,"
        + "tail_bound_first,note\n");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (GridPoint point : points) {
      RunResult first = point.first().run();
      RunResult check = point.check().run();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("eps", point.epsilon());
      row.put("z0", point.z0());
      row.put("T0", point.sharpness0());
      row.put("class", point.startClass().name());
      row.put("class_first", point.classFirst().name());
      row.put("class_check", point.classCheck().name());
      row.put("stop_first", first.stopReason().name());
      row.put("stop_check", check.stopReason().name());
      row.put("path_first", point.first().path().name());
      row.put("escalated", point.first().escalated());
      row.put("steps_first", first.steps());
      row.put("steps_check", check.steps());
      row.put("y_inf_first", number(first.y(), 20));
      row.put("y_inf_check", number(check.y(), 25));
      row.put("tail_bound_first", first.tailBound().map(b -> number(b, 3)).orElse(""));
      row.put("note", point.note());
      rows.add(row);
      csv.append(csvLine(row.values()));
    }
    AtomicFiles.writeString(directory.resolve(stem + ".csv"), csv.toString());
    AtomicFiles.writeString(directory.resolve(stem + ".json"), ResultWriter.toJson(rows));
  }

  static void writeLadder(Path directory, String stem, List<LadderPoint> points)
      throws IOException {
    StringBuilder csv = new StringBuilder("eps,z0,T0,stop,accelerated,steps,y_inf,y_inf_first,"
        + "residual,residual_digits,error_bound,series_estimate,consistency,switch_z\n");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (LadderPoint point : points) {
      LimitResult check = point.check();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("eps", point.epsilon());
      row.put("z0", check.start().z0().toString());
      row.put("T0", check.start().sharpness0().toString());
      row.put("stop", check.stopReason().name());
      row.put("accelerated", check.accelerated());
      row.put("steps", check.steps());
      row.put("y_inf", number(check.y(), check.settings().run().digits() - 5));
      row.put("y_inf_first", number(point.first().y(),
          point.first().settings().run().digits() - 5));
      row.put("residual", number(point.residual(), point.residualDigits() + 2));
      row.put("residual_digits", point.residualDigits());
      row.put("error_bound", number(point.error(), 3));
      row.put("series_estimate", check.errorEstimate().map(e -> number(e, 3)).orElse(""));
      row.put("consistency", check.consistency().map(e -> number(e, 3)).orElse(""));
      row.put("switch_z", number(check.switchZ(), 6));
      rows.add(row);
      csv.append(csvLine(row.values()));
    }
    AtomicFiles.writeString(directory.resolve(stem + ".csv"), csv.toString());
    AtomicFiles.writeString(directory.resolve(stem + ".json"), ResultWriter.toJson(rows));
  }

  static void writeChecks(Path target, List<Check> checks) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Check check : checks) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", check.name());
      row.put("passed", check.passed());
      row.put("measured", check.measured());
      row.put("tolerance", check.tolerance());
      row.put("detail", check.detail());
      rows.add(row);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("engineVersion", ResultWriter.ENGINE_VERSION);
    document.put("checks", rows);
    AtomicFiles.writeString(target, ResultWriter.toJson(document));
  }

  static String number(Apfloat value, int digits) {
    return LadderSweep.significant(value, Math.max(1, digits));
  }

  private static String csvLine(Iterable<Object> values) {
    StringBuilder line = new StringBuilder();
    for (Object value : values) {
      if (line.length() > 0) {
        line.append(',');
      }
      String text = String.valueOf(value);
      if (text.contains(",") || text.contains("\"")) {
        text = "\"" + text.replace("\"", "\"\"") + "\"";
      }
      line.append(text);
    }
    return line.append('\n').toString();
  }
}
