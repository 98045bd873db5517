package eosderive.sweep;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import eosderive.numeric.ExactInput;
import eosderive.output.AtomicFiles;

/**
 * y_inf against eps on log-log axes: |y_inf| from the ladder, the leading-order line eps/2, the
 * remainder |y_inf + eps/2|, and optionally the points of a derived series (for example an
 * eps-expansion of y_inf computed elsewhere) as |value|. Written as a PNG and a pgfplots data
 * file.
 */
public final class LimitFigure {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 650;

  private LimitFigure() {}

  /**
   * Writes {@code <stem>.png}, {@code <stem>.dat} and, when {@code derived} is not empty,
   * {@code <stem>-derived.dat}; returns the paths written.
   *
   * @param derived (eps, value) pairs as exact strings, plotted as "derived series"
   */
  public static List<Path> write(Path directory, String stem, List<LadderPoint> points,
      List<List<String>> derived) throws IOException {
    List<Double> eps = new ArrayList<>();
    List<Double> magnitude = new ArrayList<>();
    List<Double> remainder = new ArrayList<>();
    List<Double> half = new ArrayList<>();
    StringBuilder data = new StringBuilder("eps abs_y_inf eps_half abs_remainder residual\n");
    for (LadderPoint point : points) {
      if (!point.check().converged()) {
        continue;
      }
      double e = ExactInput.parse(point.epsilon(), "epsilon").doubleValue();
      double y = point.check().y().doubleValue();
      double r = point.residual().doubleValue();
      eps.add(e);
      magnitude.add(Math.abs(y));
      half.add(e / 2);
      remainder.add(Math.abs(r) * e * e);
      data.append(String.format(Locale.ROOT, "%.10g %.17g %.10g %.17g %.17g%n", e, Math.abs(y),
          e / 2, Math.abs(r) * e * e, r));
    }
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Final sharpness offset y_inf = T_inf - 2 against eps")
        .xAxisTitle("eps (Q has eigenvalues 1 and -eps)").yAxisTitle("magnitude").build();
    chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
    chart.getStyler().setMarkerSize(9);
    if (!eps.isEmpty()) {
      XYSeries line = chart.addSeries("eps/2 (leading order)", eps, half);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(Color.DARK_GRAY);
      line.setLineStyle(SeriesLines.SOLID);
      XYSeries measured = chart.addSeries("|y_inf| (fiber series)", eps, magnitude);
      measured.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      measured.setMarker(SeriesMarkers.CIRCLE);
      measured.setMarkerColor(new Color(215, 48, 39));
      XYSeries rest = chart.addSeries("|y_inf + eps/2|", eps, remainder);
      rest.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      rest.setMarker(SeriesMarkers.DIAMOND);
      rest.setMarkerColor(new Color(69, 117, 180));
    }
    List<Path> written = new ArrayList<>();
    if (!derived.isEmpty()) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      StringBuilder derivedData = new StringBuilder("eps abs_value\n");
      for (List<String> pair : derived) {
        double e = ExactInput.parse(pair.get(0), "derived eps").doubleValue();
        double value = Math.abs(ExactInput.parse(pair.get(1), "derived value").doubleValue());
        xs.add(e);
        ys.add(value);
        derivedData.append(String.format(Locale.ROOT, "%.10g %.17g%n", e, value));
      }
      XYSeries series = chart.addSeries("derived series", xs, ys);
      series.setMarker(SeriesMarkers.NONE);
      series.setLineColor(new Color(0, 150, 60));
      series.setLineStyle(SeriesLines.DASH_DASH);
      Path derivedPath = directory.resolve(stem + "-derived.dat");
      AtomicFiles.writeString(derivedPath, derivedData.toString());
      written.add(derivedPath);
    }
    Path png = directory.resolve(stem + ".png");
    Path dat = directory.resolve(stem + ".dat");
    Figures.writePng(png, chart);
    AtomicFiles.writeString(dat, data.toString());
    written.add(0, dat);
    written.add(0, png);
    return written;
  }
}
