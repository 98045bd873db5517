package eosderive.highdim;

import java.awt.Color;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import eosderive.output.AtomicFiles;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * PNG of the phase diagram with XChart 3.8.3 heat maps: one column per shape, the top row the
 * median final ηλ_max, the bottom row the fraction of seeds ending within 5% of 2. Cells where
 * every seed diverged have no median and stay blank in the top row.
 */
public final class PhaseDiagramFigure {

  private static final int PANEL_WIDTH = 520;
  private static final int PANEL_HEIGHT = 440;

  private PhaseDiagramFigure() {}

  /** Renders the figure to {@code target} through a temporary file and an atomic move. */
  public static void write(Path target, List<CellSummary> cells, List<Shape> shapes) {
    System.setProperty("java.awt.headless", "true");
    List<HeatMapChart> charts = new ArrayList<>();
    for (Shape shape : shapes) {
      charts.add(panel(cells, shape, "median final ηλ_max (blank: all diverged)",
          CellSummary::median, 0.0, 3.0));
    }
    for (Shape shape : shapes) {
      charts.add(panel(cells, shape, "fraction ending at ηλ_max = 2 ± 5%",
          CellSummary::edgeFraction, 0.0, 1.0));
    }
    try {
      AtomicFiles.write(target, out ->
          BitmapEncoder.saveBitmap(charts, 2, shapes.size(), out, BitmapEncoder.BitmapFormat.PNG));
    } catch (IOException e) {
      throw new UncheckedIOException("failed to write " + target + ": " + e.getMessage(), e);
    }
  }

  private static HeatMapChart panel(List<CellSummary> cells, Shape shape, String quantity,
      ToDoubleFunction<CellSummary> value, double min, double max) {
    List<Double> sharpness = new ArrayList<>();
    List<Double> ratio = new ArrayList<>();
    for (CellSummary cell : cells) {
      if (!cell.cell().shape().equals(shape)) {
        continue;
      }
      if (!sharpness.contains(cell.cell().sharpness())) {
        sharpness.add(cell.cell().sharpness());
      }
      if (!ratio.contains(cell.cell().ratio())) {
        ratio.add(cell.cell().ratio());
      }
    }
    List<Number[]> heat = new ArrayList<>();
    for (CellSummary cell : cells) {
      double v = value.applyAsDouble(cell);
      if (cell.cell().shape().equals(shape) && !Double.isNaN(v)) {
        heat.add(new Number[] {sharpness.indexOf(cell.cell().sharpness()),
            ratio.indexOf(cell.cell().ratio()), v});
      }
    }
    HeatMapChart chart = new HeatMapChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
        .title(String.format(Locale.ROOT, "D=%d, P=%d: %s", shape.outputs(), shape.params(),
            quantity))
        .xAxisTitle("s0 = σ_J²(√D+√P)² (initial ηλ_max estimate)")
        .yAxisTitle("r = ½ σ_z D (η = 1)").build();
    chart.getStyler().setMin(min).setMax(max).setShowValue(true)
        .setHeatMapValueDecimalPattern("0.00")
        .setRangeColors(new Color[] {new Color(49, 54, 149), new Color(116, 173, 209),
            new Color(255, 255, 191), new Color(244, 109, 67), new Color(165, 0, 38)});
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.addSeries(quantity, labels(sharpness), labels(ratio), heat);
    return chart;
  }

  private static List<String> labels(List<Double> values) {
    List<String> out = new ArrayList<>();
    for (double v : values) {
      out.add(new BigDecimal(String.format(Locale.ROOT, "%.3g", v)).stripTrailingZeros()
          .toPlainString());
    }
    return out;
  }
}
