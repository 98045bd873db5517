package eosderive.highdim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-cell summaries of a sweep: a CSV over all shapes and, per shape, a whitespace-separated
 * .dat table for pgfplots (one block per r, blocks separated by a blank line, missing values as
 * {@code nan}), for example {@code \addplot3[surf, mesh/rows=7] table[x=s0, y=r,
 * z=median_final] {phase_D60_P120.dat};}.
 */
public final class SummaryFiles {

  static final String COLUMNS = "D P s0 r sigma_z sigma_J seeds converged diverged median_final "
      + "q25_final q75_final edge_fraction median_initial";

  private SummaryFiles() {}

  /** Groups runs by cell, keeping plan order, and summarises each cell. */
  public static List<CellSummary> summarise(List<SeedResult> runs) {
    Map<PhaseCell, List<SeedResult>> byCell = new LinkedHashMap<>();
    for (SeedResult run : runs) {
      byCell.computeIfAbsent(run.cell(), c -> new ArrayList<>()).add(run);
    }
    List<CellSummary> out = new ArrayList<>();
    byCell.forEach((cell, cellRuns) -> out.add(CellSummary.of(cell, cellRuns)));
    return out;
  }

  /** Writes {@code cells.csv} and one {@code phase_D{D}_P{P}.dat} per shape, atomically. */
  public static List<Path> write(Path outDir, List<CellSummary> cells, List<Shape> shapes) {
    List<Path> written = new ArrayList<>();
    StringBuilder csv = new StringBuilder(COLUMNS.replace(' ', ',')).append('\n');
    for (CellSummary cell : cells) {
      csv.append(String.join(",", fields(cell))).append('\n');
    }
    Path csvPath = outDir.resolve("cells.csv");
    ResultFile.writeAtomically(csvPath, csv.toString());
    written.add(csvPath);

    for (Shape shape : shapes) {
      StringBuilder dat = new StringBuilder(COLUMNS).append('\n');
      double previousRatio = Double.NaN;
      for (CellSummary cell : cells) {
        if (!cell.cell().shape().equals(shape)) {
          continue;
        }
        if (!Double.isNaN(previousRatio) && cell.cell().ratio() != previousRatio) {
          dat.append('\n');
        }
        previousRatio = cell.cell().ratio();
        dat.append(String.join(" ", fields(cell))).append('\n');
      }
      Path datPath = outDir.resolve(datName(shape));
      ResultFile.writeAtomically(datPath, dat.toString());
      written.add(datPath);
    }
    return written;
  }

  static String datName(Shape shape) {
    return "phase_D" + shape.outputs() + "_P" + shape.params() + ".dat";
  }

  private static List<String> fields(CellSummary s) {
    PhaseCell c = s.cell();
    return List.of(Integer.toString(c.shape().outputs()), Integer.toString(c.shape().params()),
        number(c.sharpness()), number(c.ratio()), number(c.sigmaZ()), number(c.sigmaJ()),
        Integer.toString(s.seeds()), Integer.toString(s.converged()),
        Integer.toString(s.diverged()), number(s.median()), number(s.lowerQuartile()),
        number(s.upperQuartile()), number(s.edgeFraction()), number(s.medianInitial()));
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "nan" : String.format(Locale.ROOT, "%.6g", value);
  }
}
