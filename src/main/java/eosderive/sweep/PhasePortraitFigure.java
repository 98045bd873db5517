package eosderive.sweep;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import eosderive.numeric.ExactInput;
import eosderive.output.AtomicFiles;

/**
 * The two-step phase portrait at one eps: the basin map of a grid sweep (one coloured square per
 * start, coloured by {@link StartClass}), both two-step nullclines, and the lines T = 2 and
 * T = 2 - eps/2. Written as a PNG and as pgfplots data files.
 */
public final class PhasePortraitFigure {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 700;

  private static final Map<StartClass, Color> COLOURS = new EnumMap<>(Map.of(
      StartClass.REACHES_EDGE, new Color(215, 48, 39),
      StartClass.CONVERGES_BELOW, new Color(69, 117, 180),
      StartClass.CONVERGES_ABOVE, new Color(145, 191, 219),
      StartClass.DIVERGES, new Color(60, 60, 60),
      StartClass.OUTSIDE_PHYSICAL_REGION, new Color(225, 225, 225),
      StartClass.SENSITIVE, new Color(255, 191, 0),
      StartClass.UNDECIDED, new Color(152, 78, 163)));

  private PhasePortraitFigure() {}

  /**
   * Writes {@code <stem>.png}, {@code <stem>-basins.dat}, {@code <stem>-z-nullcline.dat} and
   * {@code <stem>-T-nullcline.dat} into {@code directory} and returns the paths written.
   */
  public static List<Path> write(Path directory, String stem, String epsilon,
      List<GridPoint> points, TwoStepNullclines.Curves curves) throws IOException {
    double eps = ExactInput.parse(epsilon, "epsilon").doubleValue();
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Two-step phase portrait and basins, eps = " + epsilon + ", Et = 0")
        .xAxisTitle("z0 (rescaled residual)").yAxisTitle("T0 (sharpness, eta lambda_max)")
        .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridLinesVisible(false);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
    chart.getStyler().setMarkerSize(markerSize(points));
    double zMin = Double.MAX_VALUE;
    double zMax = -Double.MAX_VALUE;
    StringBuilder basins = new StringBuilder("z0 T0 class_index class\n");
    for (StartClass startClass : StartClass.values()) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (GridPoint point : points) {
        double z0 = ExactInput.parse(point.z0(), "z0").doubleValue();
        zMin = Math.min(zMin, z0);
        zMax = Math.max(zMax, z0);
        if (point.startClass() == startClass) {
          double t0 = ExactInput.parse(point.sharpness0(), "T0").doubleValue();
          xs.add(z0);
          ys.add(t0);
        }
      }
      if (!xs.isEmpty()) {
        XYSeries series = chart.addSeries(startClass.name(), xs, ys);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.SQUARE);
        series.setMarkerColor(COLOURS.get(startClass));
      }
    }
    for (GridPoint point : points) {
      basins.append(point.z0()).append(' ').append(point.sharpness0()).append(' ')
          .append(point.startClass().ordinal()).append(' ').append(point.startClass())
          .append('\n');
    }
    addCurve(chart, "z-nullcline (z_t+2 = z_t)", curves.zNullcline(), Color.BLACK);
    addCurve(chart, "T-nullcline (T_t+2 = T_t)", curves.tNullcline(), new Color(0, 150, 60));
    addLine(chart, "T = 2", zMin, zMax, 2.0, Color.DARK_GRAY);
    addLine(chart, "T = 2 - eps/2", zMin, zMax, 2.0 - eps / 2, new Color(215, 48, 39));

    Path png = directory.resolve(stem + ".png");
    Path basinData = directory.resolve(stem + "-basins.dat");
    Path zData = directory.resolve(stem + "-z-nullcline.dat");
    Path tData = directory.resolve(stem + "-T-nullcline.dat");
    Figures.writePng(png, chart);
    AtomicFiles.writeString(basinData, basins.toString());
    AtomicFiles.writeString(zData, curveData(curves.zNullcline()));
    AtomicFiles.writeString(tData, curveData(curves.tNullcline()));
    return List.of(png, basinData, zData, tData);
  }

  private static int markerSize(List<GridPoint> points) {
    long columns = points.stream().map(GridPoint::z0).distinct().count();
    return (int) Math.max(3, Math.min(16, (WIDTH - 250) / Math.max(columns, 1)));
  }

  /**
   * Draws the points of a nullcline as lines: at each z its roots are sorted, the k-th root
   * belongs to branch k, and a branch is cut wherever the root count changes or T jumps by more
   * than 0.2. Only the first piece appears in the legend.
   */
  private static void addCurve(XYChart chart, String name, List<double[]> curve, Color colour) {
    Map<Double, List<Double>> rootsByZ = new java.util.TreeMap<>();
    for (double[] point : curve) {
      rootsByZ.computeIfAbsent(point[0], z -> new ArrayList<>()).add(point[1]);
    }
    List<List<double[]>> pieces = new ArrayList<>();
    List<List<double[]>> open = new ArrayList<>();
    for (Map.Entry<Double, List<Double>> entry : rootsByZ.entrySet()) {
      List<Double> roots = entry.getValue();
      java.util.Collections.sort(roots);
      if (roots.size() != open.size()) {
        open = new ArrayList<>();
        for (int k = 0; k < roots.size(); k++) {
          open.add(new ArrayList<>());
          pieces.add(open.get(k));
        }
      }
      for (int k = 0; k < roots.size(); k++) {
        List<double[]> piece = open.get(k);
        double t = roots.get(k);
        if (!piece.isEmpty() && Math.abs(piece.get(piece.size() - 1)[1] - t) > 0.2) {
          piece = new ArrayList<>();
          pieces.add(piece);
          open.set(k, piece);
        }
        piece.add(new double[] {entry.getKey(), t});
      }
    }
    int index = 0;
    for (List<double[]> piece : pieces) {
      if (piece.size() < 2) {
        continue;
      }
      double[] xs = piece.stream().mapToDouble(point -> point[0]).toArray();
      double[] ys = piece.stream().mapToDouble(point -> point[1]).toArray();
      XYSeries series = chart.addSeries(index == 0 ? name : name + " " + index, xs, ys);
      series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      series.setMarker(SeriesMarkers.NONE);
      series.setLineColor(colour);
      series.setLineStyle(SeriesLines.SOLID);
      series.setLineWidth(2.5f);
      series.setShowInLegend(index == 0);
      index++;
    }
  }

  private static void addLine(XYChart chart, String name, double x0, double x1, double y,
      Color colour) {
    XYSeries series = chart.addSeries(name, new double[] {x0, x1}, new double[] {y, y});
    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(colour);
    series.setLineStyle(SeriesLines.SOLID);
  }

  private static String curveData(List<double[]> curve) {
    StringBuilder text = new StringBuilder("z T\n");
    for (double[] point : curve) {
      text.append(String.format(Locale.ROOT, "%.12g %.12g%n", point[0], point[1]));
    }
    return text.toString();
  }
}
