package eosderive.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The nullclines of the two-step map in the (z, T) plane for fixed eps and Et, computed from the
 * exact one-step map composed twice (in double precision, which is ample for a figure).
 *
 * <p>For each z of a grid (z != 0) the T-interval is scanned in {@link #SCAN_POINTS} steps for
 * sign changes of g(T) = z_(t+2) - z_t (the z-nullcline) and of g(T) = T_(t+2) - T_t (the
 * T-nullcline), and every bracketed root is refined by bisection to an interval of width
 * 1e-13. Both functions vanish identically at z = 0 (a line of fixed points), so z = 0 is
 * skipped. A root whose bracket is narrower than the scan step is missed; two roots closer
 * than the scan step can cancel.
 */
public final class TwoStepNullclines {

  /** Scan steps over the T-interval. */
  public static final int SCAN_POINTS = 800;

  private static final int BISECTIONS = 60;

  private TwoStepNullclines() {}

  /** The two nullclines as lists of (z, T) points. */
  public record Curves(List<double[]> zNullcline, List<double[]> tNullcline) {}

  /**
   * Computes both nullclines for every z of {@code zValues} with T in [tLow, tHigh].
   *
   * @throws IllegalArgumentException if eps is outside (0, 1] or tLow &gt;= tHigh
   */
  public static Curves compute(double epsilon, double et, List<Double> zValues, double tLow,
      double tHigh) {
    if (!(epsilon > 0 && epsilon <= 1)) {
      throw new IllegalArgumentException("epsilon = " + epsilon + " is outside (0, 1]; pass an "
          + "epsilon such as 0.1");
    }
    if (!(tLow < tHigh)) {
      throw new IllegalArgumentException("T interval [" + tLow + ", " + tHigh + "] is empty; "
          + "pass tLow < tHigh");
    }
    List<double[]> zCurve = new ArrayList<>();
    List<double[]> tCurve = new ArrayList<>();
    for (double z : zValues) {
      if (z == 0) {
        continue;
      }
      for (double root : roots(t -> twoSteps(epsilon, et, z, t)[0] - z, tLow, tHigh)) {
        zCurve.add(new double[] {z, root});
      }
      for (double root : roots(t -> twoSteps(epsilon, et, z, t)[1] - t, tLow, tHigh)) {
        tCurve.add(new double[] {z, root});
      }
    }
    return new Curves(zCurve, tCurve);
  }

  /** Returns (z_(t+2), T_(t+2)) from (z, T) with u, v solved from T and Et. */
  static double[] twoSteps(double epsilon, double et, double z, double sharpness) {
    double v = epsilon * (sharpness - et - 2 * z) / (1 + epsilon);
    double u = sharpness - v;
    double[] state = {u, v, z};
    for (int step = 0; step < 2; step++) {
      double uu = state[0];
      double vv = state[1];
      double zz = state[2];
      double zNext = zz - zz * (uu + vv) + 0.5 * zz * zz * (uu - epsilon * vv);
      state = new double[] {uu * (1 - zz) * (1 - zz), vv * (1 + epsilon * zz) * (1 + epsilon * zz),
          zNext};
    }
    return new double[] {state[2], state[0] + state[1]};
  }

  private static List<Double> roots(java.util.function.DoubleUnaryOperator g, double low,
      double high) {
    List<Double> found = new ArrayList<>();
    double step = (high - low) / SCAN_POINTS;
    double previousT = low;
    double previous = g.applyAsDouble(low);
    for (int i = 1; i <= SCAN_POINTS; i++) {
      double t = low + i * step;
      double value = g.applyAsDouble(t);
      if (previous == 0) {
        found.add(previousT);
      } else if (Math.signum(previous) * Math.signum(value) < 0) {
        found.add(bisect(g, previousT, t, previous));
      }
      previousT = t;
      previous = value;
    }
    return found;
  }

  private static double bisect(java.util.function.DoubleUnaryOperator g, double low, double high,
      double lowValue) {
    double a = low;
    double b = high;
    double fa = lowValue;
    for (int i = 0; i < BISECTIONS && b - a > 1e-13; i++) {
      double mid = 0.5 * (a + b);
      double fm = g.applyAsDouble(mid);
      if (Math.signum(fm) == Math.signum(fa)) {
        a = mid;
        fa = fm;
      } else {
        b = mid;
      }
    }
    return 0.5 * (a + b);
  }
}
