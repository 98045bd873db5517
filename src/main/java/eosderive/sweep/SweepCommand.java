package eosderive.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import eosderive.numeric.ExactInput;
import eosderive.numeric.ParameterSpaceCheck;
import eosderive.verify.Check;

/**
 * Entry point of the {@code sweep} and {@code figures} commands: the y_inf ladder, the basin
 * grids, the parameter-space check and the figures.
 *
 * <p>Files written (all atomically, deterministic for equal options):
 *
 * <ul>
 *   <li>{@code <out>/verification/sweeps/ladder.csv} and {@code ladder.json}: one row per eps.
 *   <li>{@code <out>/verification/sweeps/grid-eps-<eps>.csv} and {@code .json}: one row per
 *       start, eps written with "/" replaced by "_".
 *   <li>{@code <out>/verification/sweeps/checks.json}: the report rows.
 *   <li>{@code <out>/verification/figures/phase-portrait-eps-<eps>.png} with its
 *       {@code -basins.dat}, {@code -z-nullcline.dat} and {@code -T-nullcline.dat}, and
 *       {@code y-inf-vs-eps.png} with {@code y-inf-vs-eps.dat} (and {@code -derived.dat} when a
 *       derived series is given).
 * </ul>
 */
public final class SweepCommand {

  /** Digits of the parameter-space check. */
  public static final int PARAMETER_CHECK_DIGITS = 50;

  /** Steps of the parameter-space check. */
  public static final int PARAMETER_CHECK_STEPS = 2000;

  private SweepCommand() {}

  /**
   * Runs everything and returns 0 when every check row passed, 1 when one failed and 2 when a
   * file could not be written.
   */
  public static int run(Path outDir, SweepOptions options) {
    return execute(outDir, options, true, System.err);
  }

  /** Computes what the figures need and writes only the figures; exit codes as {@link #run}. */
  public static int figures(Path outDir, SweepOptions options) {
    return execute(outDir, options, false, System.err);
  }

  static int execute(Path outDir, SweepOptions options, boolean writeData, PrintStream log) {
    Path sweeps = outDir.resolve("verification").resolve("sweeps");
    Path figures = outDir.resolve("verification").resolve("figures");
    try {
      ProgressBar ladderBar = new ProgressBar(log, "ladder", 2L * options.ladderEpsilons().size(),
          options.progress());
      List<LadderPoint> ladder = LadderSweep.run(options, ladderBar);
      ladderBar.finish();
      List<Check> checks = new ArrayList<>(LadderSweep.checks(ladder));
      checks.add(ParameterSpaceCheck.run(PARAMETER_CHECK_DIGITS, PARAMETER_CHECK_STEPS));
      checks.add(CrossChecks.accelerationAgainstPlainIteration());
      if (writeData) {
        SweepFiles.writeLadder(sweeps, "ladder", ladder);
      }
      LimitFigure.write(figures, "y-inf-vs-eps", ladder, options.derivedSeries());

      for (String epsilon : options.gridEpsilons()) {
        long count = (long) options.residualRange().count() * options.sharpnessRange().count();
        ProgressBar bar = new ProgressBar(log, "grid eps=" + epsilon, count, options.progress());
        List<GridPoint> points = GridSweep.run(epsilon, options, bar);
        bar.finish();
        checks.add(CrossChecks.doublePathWithinBounds(epsilon, points));
        String stem = "eps-" + epsilon.replace('/', '_');
        if (writeData) {
          SweepFiles.writeGrid(sweeps, "grid-" + stem, points);
        }
        PhasePortraitFigure.write(figures, "phase-portrait-" + stem, epsilon, points,
            nullclines(epsilon, options));
      }
      if (writeData) {
        SweepFiles.writeChecks(sweeps.resolve("checks.json"), checks);
      }
      long failed = checks.stream().filter(check -> !check.passed()).count();
      for (Check check : checks) {
        log.println((check.passed() ? "PASS " : "FAIL ") + check.name() + ": "
            + check.measured());
      }
      return failed == 0 ? 0 : 1;
    } catch (IOException e) {
      log.println("failed to write under " + outDir + ": " + e.getMessage()
          + "; check that the directory is writable");
      return 2;
    }
  }

  private static TwoStepNullclines.Curves nullclines(String epsilon, SweepOptions options) {
    double zFirst = ExactInput.parse(options.residualRange().first(), "z0").doubleValue();
    double zLast = ExactInput.parse(options.residualRange().last(), "z0").doubleValue();
    double tFirst = ExactInput.parse(options.sharpnessRange().first(), "T0").doubleValue();
    double tLast = ExactInput.parse(options.sharpnessRange().last(), "T0").doubleValue();
    List<Double> zValues = new ArrayList<>();
    int count = 400;
    for (int i = 0; i <= count; i++) {
      zValues.add(zFirst + (zLast - zFirst) * i / count);
    }
    return TwoStepNullclines.compute(ExactInput.parse(epsilon, "epsilon").doubleValue(), 0,
        zValues, tFirst, tLast);
  }
}
