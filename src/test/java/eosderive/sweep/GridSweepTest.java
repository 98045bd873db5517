package eosderive.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eosderive.numeric.IterationPath;

/**
 * A 7 x 9 grid at eps = 1/10 (z0 from -1 to 1/2 and T0 from 1/2 to 5/2 in steps of 1/4), run on
 * one and on two threads. The expected classes were measured by this engine. They follow the
 * phase portrait: starts with z0 &lt; 0 and T0 near 2 reach the edge, starts with T0 - 2 z0 &lt; 0
 * are outside the physical region, and the boundary T0 = 2 z0 (v0 = 0) creeps toward T = 0
 * until the step cap.
 */
class GridSweepTest {

  private static List<GridPoint> oneThread;
  private static List<GridPoint> twoThreads;

  @BeforeAll
  static void runGrids() {
    oneThread = GridSweep.run("1/10", options(1), silentBar());
    twoThreads = GridSweep.run("1/10", options(2), silentBar());
  }

  @Test
  void resultsDoNotDependOnThreads() {
    assertThat(twoThreads).hasSize(63);
    for (int i = 0; i < oneThread.size(); i++) {
      GridPoint a = oneThread.get(i);
      GridPoint b = twoThreads.get(i);
      assertThat(b.z0()).isEqualTo(a.z0());
      assertThat(b.sharpness0()).isEqualTo(a.sharpness0());
      assertThat(b.startClass()).isEqualTo(a.startClass());
      assertThat(b.first().run().y()).isEqualTo(a.first().run().y());
      assertThat(b.check().run().steps()).isEqualTo(a.check().run().steps());
    }
  }

  @Test
  void knownStartsGetTheirClasses() {
    Map<String, StartClass> classes = twoThreads.stream().collect(Collectors.toMap(
        point -> point.z0() + " " + point.sharpness0(), GridPoint::startClass));

    assertThat(classes.get("-1/2 3/2")).isEqualTo(StartClass.REACHES_EDGE);
    assertThat(classes.get("-1/4 2")).isEqualTo(StartClass.REACHES_EDGE);
    assertThat(classes.get("0 1")).isEqualTo(StartClass.CONVERGES_BELOW);
    assertThat(classes.get("0 2")).isEqualTo(StartClass.CONVERGES_ABOVE);
    assertThat(classes.get("-1 9/4")).isEqualTo(StartClass.DIVERGES);
    assertThat(classes.get("1/2 1/2")).isEqualTo(StartClass.OUTSIDE_PHYSICAL_REGION);
    assertThat(classes.get("1/2 1")).isEqualTo(StartClass.UNDECIDED);
  }

  @Test
  void sensitiveExactlyWhenRunsDisagree() {
    for (GridPoint point : twoThreads) {
      if (point.classFirst() != point.classCheck()) {
        assertThat(point.startClass()).isEqualTo(StartClass.SENSITIVE);
      } else if (point.startClass() == StartClass.SENSITIVE) {
        assertThat(point.note()).startsWith("y_inf differs by");
      } else {
        assertThat(point.startClass()).isEqualTo(point.classFirst());
      }
    }
  }

  @Test
  void bothIterationPathsAreUsed() {
    Map<IterationPath, Long> paths = twoThreads.stream().collect(Collectors.groupingBy(
        point -> point.first().path(), Collectors.counting()));

    assertThat(paths.keySet()).contains(IterationPath.DOUBLE, IterationPath.FIXED_POINT,
        IterationPath.NONE);
    assertThat(twoThreads).allSatisfy(point -> assertThat(point.check().path())
        .isIn(IterationPath.FIXED_POINT, IterationPath.NONE));
  }

  @Test
  void progressBarCountsEveryStart() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        "grid", 63, true);
    GridSweep.run("1/10", options(2), bar);
    bar.finish();

    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("63/63");
  }

  static SweepOptions options(int threads) {
    SweepOptions quick = SweepOptions.quick();
    return new SweepOptions(quick.ladderEpsilons(), quick.ladderStart(), List.of("1/10"),
        new SweepOptions.GridRange("-1", "1/2", 7), new SweepOptions.GridRange("1/2", "5/2", 9),
        30, 40, "1e-12", "1e-25", 10_000_000L, 10_000L, threads, false, List.of());
  }

  private static ProgressBar silentBar() {
    return new ProgressBar(System.err, "grid", 1, false);
  }

}
