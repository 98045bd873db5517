package eosderive.highdim;

import java.util.List;

/**
 * Parameters of a phase-diagram sweep. Every (shape, s₀, r) grid point is run for seeds
 * 0 … seeds − 1 with step size η = 1 in rescaled units (see {@link Units}).
 *
 * @param shapes model dimensions to sweep, not empty
 * @param sharpnessGrid grid coordinates s₀ (initial ηλ_max estimates), positive, not empty
 * @param ratioGrid grid coordinates r = ½σ̃_zD, positive, not empty
 * @param seeds seeds per grid point, at least 1
 * @param maxSteps gradient-descent step budget per run
 * @param threads worker threads, at least 1; results do not depend on it
 * @param resume whether to reuse matching rows of an existing result file
 */
public record SweepOptions(List<Shape> shapes, List<Double> sharpnessGrid,
    List<Double> ratioGrid, int seeds, int maxSteps, int threads, boolean resume) {

  /** Relative distance from 2 within which a final ηλ_max counts as the edge of stability. */
  public static final double EDGE_BAND = 0.05;

  private static final List<Double> DEFAULT_SHARPNESS =
      List.of(0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1);
  private static final List<Double> DEFAULT_RATIO = List.of(0.01, 0.02, 0.05, 0.1, 0.2, 0.5);

  public SweepOptions {
    shapes = List.copyOf(shapes);
    sharpnessGrid = List.copyOf(sharpnessGrid);
    ratioGrid = List.copyOf(ratioGrid);
    if (shapes.isEmpty() || sharpnessGrid.isEmpty() || ratioGrid.isEmpty()) {
      throw new IllegalArgumentException("shapes, sharpnessGrid and ratioGrid must each have at "
          + "least one entry; got " + shapes.size() + ", " + sharpnessGrid.size() + ", "
          + ratioGrid.size() + ".");
    }
    if (seeds < 1 || threads < 1) {
      throw new IllegalArgumentException("seeds = " + seeds + ", threads = " + threads
          + " are invalid; both must be at least 1.");
    }
    settings(maxSteps);
  }

  /**
   * Returns the default sweep: D×P in {1×2, 20×40, 60×120}, a 7×6 grid, 4 seeds, 5000 steps,
   * two threads; it took 80 s on a shared 2-core machine.
   */
  public static SweepOptions defaults() {
    return new SweepOptions(
        List.of(new Shape(1, 2), new Shape(20, 40), new Shape(60, 120)),
        DEFAULT_SHARPNESS, DEFAULT_RATIO, 4, 5000, 2, true);
  }

  /**
   * Returns the full sweep: the default shapes plus 120×60, an 11×11 grid, 100 seeds and 20000
   * steps. Print its cost estimate first: it is hours, not minutes, on two cores.
   */
  public static SweepOptions full() {
    return new SweepOptions(
        List.of(new Shape(1, 2), new Shape(20, 40), new Shape(60, 120), new Shape(120, 60)),
        List.of(0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2),
        List.of(0.005, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.5),
        100, 20000, 2, true);
  }

  /** Returns the per-run settings: η = 1, tolerance 1e-12, divergence factor 1e10. */
  public RunSettings runSettings() {
    return settings(maxSteps);
  }

  private static RunSettings settings(int maxSteps) {
    return RunSettings.unitStep(maxSteps);
  }
}
