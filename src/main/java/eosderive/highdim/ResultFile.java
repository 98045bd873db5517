package eosderive.highdim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eosderive.output.AtomicFiles;

/**
 * The per-run CSV file of a sweep, one row per (cell, seed). Doubles are written with
 * {@link Double#toString}, which round-trips exactly, so rows read back on resume are bit-identical
 * to freshly computed ones.
 */
public final class ResultFile {

  static final String HEADER = "D,P,s0,r,sigma_z,sigma_J,seed,eta,max_steps,status,steps,"
      + "initial_sharpness,final_sharpness,max_sharpness,initial_loss,final_loss";

  private ResultFile() {}

  /** Writes the rows to a temporary file beside {@code target}, then moves it into place. */
  public static void write(Path target, List<SeedResult> rows, RunSettings settings) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (SeedResult row : rows) {
      text.append(line(row, settings)).append('\n');
    }
    writeAtomically(target, text.toString());
  }

  /** Writes {@code text} to a temporary file in the target's folder and renames it. */
  static void writeAtomically(Path target, String text) {
    try {
      AtomicFiles.writeString(target, text);
    } catch (IOException e) {
      throw new UncheckedIOException("failed to write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads rows written with the same settings, keyed by {@link #key}; returns an empty map when the
   * file is missing. Rows with other settings are dropped so a changed sweep never reuses them.
   *
   * @throws UncheckedIOException if the file exists but cannot be read or parsed
   */
  public static Map<String, SeedResult> read(Path file, RunSettings settings) {
    Map<String, SeedResult> rows = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return rows;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("failed to read " + file + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new UncheckedIOException(new IOException(file + " does not start with the header '"
          + HEADER + "'; move it away or set resume = false."));
    }
    for (int n = 1; n < lines.size(); n++) {
      String[] f = lines.get(n).split(",", -1);
      if (f.length != 16) {
        throw new UncheckedIOException(new IOException(file + " line " + (n + 1) + " has "
            + f.length + " fields, expected 16; move the file away or set resume = false."));
      }
      if (Double.parseDouble(f[7]) != settings.eta()
          || Integer.parseInt(f[8]) != settings.maxSteps()) {
        continue;
      }
      Shape shape = new Shape(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
      PhaseCell cell = PhaseCell.of(shape, Double.parseDouble(f[2]), Double.parseDouble(f[3]));
      RunResult result = new RunResult(RunStatus.valueOf(f[9]), Integer.parseInt(f[10]),
          Double.parseDouble(f[11]), Double.parseDouble(f[12]), Double.parseDouble(f[13]),
          Double.parseDouble(f[14]), Double.parseDouble(f[15]));
      SeedResult row = new SeedResult(cell, Long.parseLong(f[6]), result);
      rows.put(key(cell, row.seed()), row);
    }
    return rows;
  }

  /** Returns the identity of a run inside one sweep: shape, grid point and seed. */
  public static String key(PhaseCell cell, long seed) {
    return cell.shape().outputs() + "x" + cell.shape().params() + "/" + cell.sharpness() + "/"
        + cell.ratio() + "/" + seed;
  }

  private static String line(SeedResult row, RunSettings settings) {
    PhaseCell c = row.cell();
    RunResult r = row.result();
    List<String> fields = new ArrayList<>(List.of(
        Integer.toString(c.shape().outputs()), Integer.toString(c.shape().params()),
        Double.toString(c.sharpness()), Double.toString(c.ratio()),
        Double.toString(c.sigmaZ()), Double.toString(c.sigmaJ()), Long.toString(row.seed()),
        Double.toString(settings.eta()), Integer.toString(settings.maxSteps()),
        r.status().name(), Integer.toString(r.steps()), Double.toString(r.initialSharpness()),
        Double.toString(r.finalSharpness()), Double.toString(r.maxSharpness()),
        Double.toString(r.initialLoss()), Double.toString(r.finalLoss())));
    return String.join(",", fields);
  }
}
