package eosderive.numeric;

import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic search for starts with Et = 0 that reach the edge of stability in the sense of
 * {@link EdgeCriterion}.
 *
 * <p>The search scans a fixed grid in a fixed order: T0 from {@link #SHARPNESS_GRID} (closest
 * to 2 first), and within each T0 the residual z0 from {@link #RESIDUAL_GRID} (smallest |z0|
 * first). Every z0 is negative because progressive sharpening needs z T(1) &lt; 0 early on: with
 * Et = 0 and z small, T(1) = u - eps v is close to (1 - eps) T &gt; 0, so the first step raises T
 * by about 2 |z0| T(1). Starts with z0 &gt; 0 lower T instead and converge far below the edge.
 * The last column, z0 = -1/2, only serves as the neighbour of z0 = -2/5.
 *
 * <p>Small |z0| comes first because those starts are closest to (z, T) = (0, 2); they reach the
 * edge only when eps is small enough. For eps = 1/10, z0 = -1/20 and -1/10 stop short of it
 * (their y_inf still moves by more than eps^3 between neighbouring z0), and the first qualifying
 * starts have z0 = -1/5 and -3/10.
 */
public final class EdgeSearch {

  /** Candidate T0 values, in scan order. */
  public static final List<String> SHARPNESS_GRID = List.of("1.99", "1.95", "1.9", "1.8", "1.5");

  /** Candidate z0 values, in scan order within each T0. */
  public static final List<String> RESIDUAL_GRID =
      List.of("-0.05", "-0.1", "-0.2", "-0.3", "-0.4", "-0.5");

  private EdgeSearch() {}

  /**
   * Returns the first {@code count} grid starts, in scan order, that reach the edge of stability
   * for eigenvalue -{@code epsilon}; fewer if the grid contains fewer.
   *
   * @param epsilon eps as an exact decimal or rational string such as "1/100"
   * @param count number of starts wanted, at least 1
   * @param settings precision, tolerance and step cap of every run; the tolerance must be well
   *     below eps^3 for condition 5 of {@link EdgeCriterion} to mean anything
   */
  public static List<EdgeStart> find(String epsilon, int count, RunSettings settings) {
    if (count < 1) {
      throw new IllegalArgumentException("count " + count + " is below 1; pass 1 or more");
    }
    List<EdgeStart> found = new ArrayList<>();
    for (String sharpness0 : SHARPNESS_GRID) {
      RunResult next = null;
      for (int i = 0; i + 1 < RESIDUAL_GRID.size() && found.size() < count; i++) {
        RunResult current = next != null ? next : runAt(RESIDUAL_GRID.get(i), sharpness0,
            epsilon, settings);
        next = runAt(RESIDUAL_GRID.get(i + 1), sharpness0, epsilon, settings);
        List<String> failures = EdgeCriterion.failures(current, next);
        if (failures.isEmpty()) {
          found.add(new EdgeStart(current.start(), current, next, failures));
        }
      }
      if (found.size() >= count) {
        break;
      }
    }
    return found;
  }

  /** Judges every grid start except the last column, in scan order; for exploration. */
  public static List<EdgeStart> scan(String epsilon, RunSettings settings) {
    List<EdgeStart> judged = new ArrayList<>();
    for (String sharpness0 : SHARPNESS_GRID) {
      RunResult next = runAt(RESIDUAL_GRID.get(0), sharpness0, epsilon, settings);
      for (int i = 0; i + 1 < RESIDUAL_GRID.size(); i++) {
        RunResult current = next;
        next = runAt(RESIDUAL_GRID.get(i + 1), sharpness0, epsilon, settings);
        judged.add(new EdgeStart(current.start(), current, next,
            EdgeCriterion.failures(current, next)));
      }
    }
    return judged;
  }

  private static RunResult runAt(String z0, String sharpness0, String epsilon,
      RunSettings settings) {
    return GdRunner.run(Start.parse(z0, sharpness0, epsilon, "0"), settings);
  }
}
