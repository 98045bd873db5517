package eosderive.highdim;

import java.util.Arrays;
import java.util.List;

/**
 * Statistics of the final sharpness ηλ_max over the seeds of one grid point.
 *
 * @param cell grid point
 * @param seeds runs summarised
 * @param converged runs that met the gradient tolerance
 * @param diverged runs whose loss blew up; they have no final sharpness
 * @param median median final ηλ_max over runs that did not diverge (NaN if all diverged)
 * @param lowerQuartile 25th percentile over the same runs
 * @param upperQuartile 75th percentile over the same runs
 * @param edgeFraction fraction of all seeds, diverged ones included, whose final ηλ_max is within
 *     {@link SweepOptions#EDGE_BAND} (5%) of 2. Runs that start within the band and barely move
 *     count too, so read it together with medianInitial
 * @param medianInitial median initial ηλ_max over all seeds
 */
public record CellSummary(PhaseCell cell, int seeds, int converged, int diverged, double median,
    double lowerQuartile, double upperQuartile, double edgeFraction, double medianInitial) {

  /** Summarises the runs of one cell; {@code runs} must all belong to {@code cell}. */
  public static CellSummary of(PhaseCell cell, List<SeedResult> runs) {
    double[] finals = runs.stream()
        .filter(r -> r.result().status() != RunStatus.DIVERGED)
        .mapToDouble(r -> r.result().finalSharpness()).sorted().toArray();
    double[] initials = runs.stream()
        .mapToDouble(r -> r.result().initialSharpness()).sorted().toArray();
    int converged = (int) runs.stream()
        .filter(r -> r.result().status() == RunStatus.CONVERGED).count();
    long atEdge = Arrays.stream(finals)
        .filter(s -> Math.abs(s - 2.0) <= 2.0 * SweepOptions.EDGE_BAND).count();
    return new CellSummary(cell, runs.size(), converged, runs.size() - finals.length,
        quantile(finals, 0.5), quantile(finals, 0.25), quantile(finals, 0.75),
        runs.isEmpty() ? Double.NaN : (double) atEdge / runs.size(), quantile(initials, 0.5));
  }

  /** Returns the type-7 (linear interpolation) quantile of sorted data, NaN when empty. */
  static double quantile(double[] sorted, double level) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double position = level * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    double weight = position - below;
    return sorted[below] + weight * (sorted[above] - sorted[below]);
  }
}
