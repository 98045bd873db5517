package eosderive.numeric;

import java.util.List;

/**
 * A grid start judged by {@link EdgeCriterion}.
 *
 * @param start the start (Et = 0)
 * @param run its run
 * @param neighbour the run from the next grid start with larger |z0| and the same T0, or null
 *     for the last column of the grid
 * @param failures the conditions it fails, empty when it reaches the edge of stability
 */
public record EdgeStart(Start start, RunResult run, RunResult neighbour, List<String> failures) {

  /** Returns whether the start reaches the edge of stability. */
  public boolean reachesEdge() {
    return failures.isEmpty();
  }
}
