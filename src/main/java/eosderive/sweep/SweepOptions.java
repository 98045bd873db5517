package eosderive.sweep;

import java.util.List;
import java.util.Objects;

import eosderive.numeric.ExactInput;
import eosderive.numeric.Precision;
import eosderive.numeric.RunSettings;

/**
 * Options of {@link SweepCommand#run} and {@link SweepCommand#figures}. Numbers are exact
 * decimal or rational strings such as "1/50" or "1e-6".
 *
 * @param ladderEpsilons eps values of the y_inf ladder, each in (0, 1]
 * @param ladderStart (z0, T0) of every ladder run, Et = 0
 * @param gridEpsilons eps values of the basin grid, each in (0, 1]
 * @param residualRange z0 grid: first, last, number of points (at least 2)
 * @param sharpnessRange T0 grid: first, last, number of points (at least 2)
 * @param digits precision of the first run of every start (the grid's hybrid run, the ladder's
 *     first run)
 * @param checkDigits precision of the second run, which must exceed {@code digits}
 * @param gridTolerance tolerance on T_inf of grid runs
 * @param ladderTolerance tolerance on T_inf of ladder runs
 * @param maxSteps step cap of every ladder run
 * @param gridMaxSteps step cap of every grid run. Starts on the boundary v0 = 0 creep toward
 *     T = 0 with z decaying like 1/t, so they always reach this cap (class UNDECIDED); it keeps
 *     them from dominating the sweep time
 * @param threads size of the thread pool, at least 1
 * @param progress whether to draw progress bars on standard error
 * @param derivedSeries optional (eps, y_inf) points of a derived series to overlay on the y_inf
 *     figure, as exact strings; empty for none
 */
public record SweepOptions(List<String> ladderEpsilons, List<String> ladderStart,
    List<String> gridEpsilons, GridRange residualRange, GridRange sharpnessRange, int digits,
    int checkDigits, String gridTolerance, String ladderTolerance, long maxSteps,
    long gridMaxSteps, int threads, boolean progress, List<List<String>> derivedSeries) {

  /**
   * An evenly spaced grid first, first + h, ..., last with {@code count} points.
   *
   * @param first the first value
   * @param last the last value, above {@code first}
   * @param count number of points, in [2, 2001]
   */
  public record GridRange(String first, String last, int count) {

    /**
     * Validates the range.
     *
     * @throws IllegalArgumentException if a value is not a number, last &lt;= first or count is
     *     outside [2, 2001]
     */
    public GridRange {
      if (ExactInput.parse(last, "grid end").compareTo(ExactInput.parse(first, "grid start"))
          <= 0) {
        throw new IllegalArgumentException("grid end " + last + " is not above grid start "
            + first + "; pass a range with first < last");
      }
      if (count < 2 || count > 2001) {
        throw new IllegalArgumentException("grid point count " + count + " is outside [2, 2001];"
            + " pass a count such as 41");
      }
    }
  }

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException naming the first invalid value, its allowed range and fix
   */
  public SweepOptions {
    Objects.requireNonNull(ladderEpsilons, "ladderEpsilons");
    Objects.requireNonNull(gridEpsilons, "gridEpsilons");
    Objects.requireNonNull(derivedSeries, "derivedSeries");
    for (String epsilon : ladderEpsilons) {
      checkEpsilon(epsilon);
    }
    for (String epsilon : gridEpsilons) {
      checkEpsilon(epsilon);
    }
    if (ladderStart.size() != 2) {
      throw new IllegalArgumentException("ladder start " + ladderStart + " does not have two "
          + "entries; pass (z0, T0) such as (-1/2, 19/10)");
    }
    ExactInput.parse(ladderStart.get(0), "ladder z0");
    ExactInput.parse(ladderStart.get(1), "ladder T0");
    Precision.ofDigits(digits);
    Precision.ofDigits(checkDigits);
    if (checkDigits <= digits) {
      throw new IllegalArgumentException("check precision " + checkDigits + " digits is not "
          + "above the first precision " + digits + "; pass a check precision of at least "
          + (digits + 1));
    }
    RunSettings.of(digits, gridTolerance, maxSteps);
    RunSettings.of(digits, ladderTolerance, maxSteps);
    RunSettings.of(digits, gridTolerance, gridMaxSteps);
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("thread count " + threads + " is outside [1, 256]; "
          + "pass the number of cores, such as 2");
    }
    for (List<String> point : derivedSeries) {
      if (point.size() != 2) {
        throw new IllegalArgumentException("derived-series point " + point + " does not have "
            + "two entries; pass (eps, y_inf) pairs");
      }
      checkEpsilon(point.get(0));
      ExactInput.parse(point.get(1), "derived y_inf");
    }
    ladderEpsilons = List.copyOf(ladderEpsilons);
    ladderStart = List.copyOf(ladderStart);
    gridEpsilons = List.copyOf(gridEpsilons);
    derivedSeries = List.copyOf(derivedSeries);
  }

  /**
   * Defaults: the ladder 1/5 .. 1e-6 from (-1/2, 19/10) at 40 and 50 digits with tolerance
   * 1e-32 and step cap 4e8, and the grid z0 in [-1, 1], T0 in [1/2, 3] in steps of 1/20 for
   * eps = 1/10 and 1/50 with tolerance 1e-12 and step cap 10^5, on two threads.
   */
  public static SweepOptions defaults() {
    return new SweepOptions(
        List.of("1/5", "1/10", "1/20", "1/50", "1/100", "1e-3", "1e-4", "1e-5", "1e-6"),
        List.of("-1/2", "19/10"), List.of("1/10", "1/50"), new GridRange("-1", "1", 41),
        new GridRange("1/2", "3", 51), 40, 50, "1e-12", "1e-32", 400_000_000L, 100_000L, 2, true,
        List.of());
  }

  /** Defaults cut down to run in a few seconds, for tests and quick looks. */
  public static SweepOptions quick() {
    return new SweepOptions(List.of("1/10", "1/100"), List.of("-1/2", "19/10"),
        List.of("1/10"), new GridRange("-1/2", "1/2", 11), new GridRange("1", "5/2", 7), 30, 40,
        "1e-12", "1e-25", 10_000_000L, 10_000L, 2, false, List.of());
  }

  /** These options with {@code points} as the derived series. */
  public SweepOptions withDerivedSeries(List<List<String>> points) {
    return new SweepOptions(ladderEpsilons, ladderStart, gridEpsilons, residualRange,
        sharpnessRange, digits, checkDigits, gridTolerance, ladderTolerance, maxSteps,
        gridMaxSteps, threads, progress, points);
  }

  private static void checkEpsilon(String epsilon) {
    var value = ExactInput.parse(epsilon, "epsilon");
    if (value.signum() <= 0 || value.compareTo(ExactInput.parse("1", "one")) > 0) {
      throw new IllegalArgumentException("epsilon = " + epsilon + " is outside (0, 1]; pass an"
          + " epsilon such as 1/10");
    }
  }
}
