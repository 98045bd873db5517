package eosderive.numeric;

import java.math.BigInteger;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Computes y_inf = T_inf - 2 for small eps without iterating the whole O(log(1/tol) / eps)
 * tail: iterate until |z| is below the radius of the fiber series, then solve for the fixed
 * point whose fiber passes through the current state.
 *
 * <p><b>Method.</b> Iterate the exact map in binary fixed point ({@link FixedPointOrbit}) until
 * the state (z_t, T_t) satisfies the switch rule |z_t| &lt;= c sqrt(eps) and T_t - 2 z_t &lt;
 * 2 - eps/8 (so the first-order estimate S ~ T - 2z of the limit lies below the edge). The orbit
 * lies on the fiber of its limit (0, T_inf), the graph T = S + psi_S(z) of {@link FiberSeries}.
 * So T_inf is the root S of g(S) = S + psi_S(z_t) - T_t, found by the secant method from
 * S_0 = T_t - 2 z_t and S_1 = T_t - psi_(S_0)(z_t). Then the orbit is continued until |z| has
 * halved, and the fiber is solved again; the two values of S must agree.
 *
 * <p><b>Error.</b> y_inf differs from the value of the exact map by at most
 *
 * <pre>
 *   (series truncation) + (secant residual) + (rounding of the iteration and of the series).
 * </pre>
 *
 * The truncation is estimated as E = (t_(N-1) + t_N) r^2 / (1 - r^2), where t_n = |psi_n z^n|
 * and r^2 is the largest ratio t_(n+2) / t_n over the last ten orders: this is exactly the sum
 * of the neglected terms if they keep shrinking at least by r^2 every two orders. NOTE: that
 * hypothesis is read off the computed coefficients, so E is an estimate, not a proved bound. It
 * is checked three ways: by the second solve (the consistency |S_1 - S_2| is reported), by
 * plain iteration to a proved {@link TailBound} for eps = 1/100 and 1/1000 (the test
 * AcceleratedLimitTest), and by reruns at higher precision. The secant stops when a step is
 * below 10^-(digits + 5). Rounding of the iteration is certified by rerunning with more digits,
 * as for every run of this package. The series runs at {@link #SERIES_GUARD_DIGITS} more digits
 * than the iteration because even orders divide by about n eps / 2.
 *
 * <p>If plain iteration reaches a proved tail bound below the tolerance before the switch rule
 * holds (large eps, loose tolerance), its result is returned unchanged. If the series does not
 * meet the tolerance at a switch point (or cannot be computed, as for S = 1 where m0 = 0), the
 * threshold is halved and iteration continues. After {@link #MAX_RETRIES} failures the series is
 * abandoned and the run ends as plain iteration does: at the tail bound or at the step cap.
 */
public final class AcceleratedLimit {

  /** Extra digits of the series arithmetic. */
  public static final int SERIES_GUARD_DIGITS = 20;

  /** Number of times the switch threshold may be halved after a failed solve. */
  public static final int MAX_RETRIES = 8;

  private static final int MAX_SECANT_STEPS = 40;

  private AcceleratedLimit() {}

  /** Computes y_inf from {@code start}; see the class comment. */
  public static LimitResult compute(Start start, LimitSettings settings, LongConsumer progress) {
    RunSettings run = settings.run();
    Precision precision = run.precision();
    FixedPrecisionApfloatHelper h = precision.helper();
    if (!start.isPhysical()) {
      RunResult outside = GdRunner.run(start, run);
      return new LimitResult(start, settings, outside.stopReason(), false, 0, outside.y(),
          outside.z(), Optional.empty(), Optional.empty(), Optional.empty(), outside.detail());
    }
    FixedPointOrbit orbit = new FixedPointOrbit(start, FixedPointOrbit.bitsForDigits(
        run.digits()));
    int bits = orbit.bits();
    Apfloat epsilon = precision.of(start.epsilon());
    Apfloat tolerance = precision.of(run.tolerance());
    BigInteger two = orbit.integer(2);
    BigInteger maxAbsZ = orbit.integer(GdRunner.MAX_ABS_Z);
    BigInteger maxSharpness = orbit.integer(GdRunner.MAX_SHARPNESS);
    BigInteger edgeMargin = orbit.epsilon().shiftRight(3);
    BigInteger twiceEpsilon = orbit.epsilon().shiftLeft(1);
    BigInteger estimateFactor = orbit.integer(2).add(twiceEpsilon);
    BigInteger toleranceFixed = orbit.scale(run.tolerance());
    // The estimate is at least 2 eps |z|, so it cannot meet the tolerance while |z| > gate.
    BigInteger gate = toleranceFixed.shiftLeft(bits).divide(twiceEpsilon.max(BigInteger.ONE));
    BigInteger sqrtEpsilon = orbit.epsilon().shiftLeft(bits).sqrt();
    BigInteger threshold = sqrtEpsilon.multiply(orbit.scale(settings.switchFraction()))
        .shiftRight(bits);
    Solution first = null;
    Apfloat firstZ = null;
    long firstStep = 0;
    int retries = 0;
    long step = 0;
    while (true) {
      BigInteger z = orbit.z();
      BigInteger absZ = z.abs();
      BigInteger sharpness = orbit.u().add(orbit.v());
      boolean stopped = z.signum() == 0 || absZ.compareTo(maxAbsZ) > 0
          || sharpness.compareTo(maxSharpness) > 0;
      if (first == null && (stopped || (absZ.compareTo(gate) <= 0
          && plainTailEstimateMet(orbit, estimateFactor, twiceEpsilon, toleranceFixed)))) {
        return fromPlain(start, settings, FixedPointRunner.run(start, run, s -> { }));
      }
      if (first != null && stopped) {
        return firstOnly(start, settings, step, first, firstZ, "the orbit stopped (z = 0 or a "
            + "divergence limit) at step " + step + " before the second solve");
      }
      if (absZ.compareTo(threshold) <= 0
          && sharpness.subtract(z.shiftLeft(1)).add(edgeMargin).compareTo(two) < 0) {
        ModelState state = orbit.toModelState(precision);
        Solution solution = solve(start, settings, state);
        boolean good = solution.failure == null
            && solution.estimate.compareTo(tolerance) <= 0;
        if (first == null && good) {
          first = solution;
          firstZ = state.z();
          firstStep = step;
          threshold = threshold.shiftRight(1);
        } else if (first != null && good) {
          Apfloat consistency = h.abs(h.subtract(first.limit, solution.limit));
          Apfloat two2 = precision.of(2);
          return new LimitResult(start, settings, StopReason.CONVERGED, true, step,
              h.subtract(first.limit, two2), firstZ, Optional.of(first.estimate),
              Optional.of(consistency), Optional.of(h.subtract(solution.limit, two2)),
              "fiber series of order " + settings.order() + " solved at step " + firstStep
                  + " (|z| = " + Display.brief(h.abs(firstZ)) + ") and again at step " + step
                  + "; truncation estimate " + Display.brief(first.estimate)
                  + ", consistency " + Display.brief(consistency));
        } else if (++retries > MAX_RETRIES && first != null) {
          return firstOnly(start, settings, step, first, firstZ, "the second solve did not meet"
              + " the tolerance after " + MAX_RETRIES + " halvings of the switch threshold");
        } else if (retries > MAX_RETRIES) {
          // Give up on the series: only plain iteration to the tail bound can end the run now.
          threshold = BigInteger.ZERO;
        } else {
          threshold = threshold.shiftRight(1);
        }
      }
      if (step == run.maxSteps() && first != null) {
        return firstOnly(start, settings, step, first, firstZ, "step cap " + run.maxSteps()
            + " reached before the second solve");
      }
      if (step == run.maxSteps()) {
        return failure(start, settings, step, orbit.toModelState(precision), "step cap "
            + run.maxSteps() + " reached before the switch rule held (|z| = "
            + Display.brief(h.abs(orbit.toModelState(precision).z())) + ")");
      }
      orbit.step();
      step++;
      if ((step & (FixedPointRunner.PROGRESS_INTERVAL - 1)) == 0) {
        progress.accept(step);
      }
    }
  }

  /** Returns whether 2 ((1 + eps) u + eps) |z| &lt;= tolerance, the cheap test of GdRunner. */
  private static boolean plainTailEstimateMet(FixedPointOrbit orbit, BigInteger estimateFactor,
      BigInteger twiceEpsilon, BigInteger toleranceFixed) {
    int bits = orbit.bits();
    BigInteger coefficient = estimateFactor.multiply(orbit.u()).shiftRight(bits)
        .add(twiceEpsilon);
    return coefficient.multiply(orbit.z().abs()).shiftRight(bits).compareTo(toleranceFixed)
        <= 0;
  }

  private record Solution(Apfloat limit, Apfloat estimate, String failure) {}

  private static Solution solve(Start start, LimitSettings settings, ModelState state) {
    int digits = settings.run().digits();
    Precision working = Precision.ofDigits(digits + SERIES_GUARD_DIGITS);
    FixedPrecisionApfloatHelper h = working.helper();
    Apfloat epsilon = working.of(start.epsilon());
    Apfloat et = working.of(start.et());
    Apfloat z = working.helper().valueOf(state.z());
    Apfloat sharpness = h.add(h.valueOf(state.u()), h.valueOf(state.v()));
    Apfloat stopStep = working.powerOfTen(-(digits + 5L));
    try {
      Apfloat previous = h.subtract(sharpness, h.multiply(working.of(2), z));
      Apfloat previousG = residual(working, previous, epsilon, et, z, sharpness, settings);
      Apfloat current = h.subtract(previous, previousG);
      FiberSeries series = null;
      for (int iteration = 0; iteration < MAX_SECANT_STEPS; iteration++) {
        series = FiberSeries.compute(working, current, epsilon, et, settings.order());
        Apfloat g = h.subtract(h.add(current, series.evaluate(z)), sharpness);
        Apfloat denominator = h.subtract(g, previousG);
        if (g.signum() == 0 || denominator.signum() == 0) {
          break;
        }
        Apfloat next = h.subtract(current,
            h.divide(h.multiply(g, h.subtract(current, previous)), denominator));
        previous = current;
        previousG = g;
        current = next;
        if (h.abs(h.subtract(current, previous)).compareTo(stopStep) <= 0) {
          series = FiberSeries.compute(working, current, epsilon, et, settings.order());
          break;
        }
      }
      Optional<Apfloat> estimate = truncationEstimate(working, series, z);
      if (estimate.isEmpty()) {
        return new Solution(current, null, "the last ten terms of the series do not shrink");
      }
      Precision target = settings.run().precision();
      return new Solution(target.helper().valueOf(current),
          target.helper().valueOf(estimate.get()), null);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return new Solution(null, null, e.getMessage());
    }
  }

  private static Apfloat residual(Precision working, Apfloat s, Apfloat epsilon, Apfloat et,
      Apfloat z, Apfloat sharpness, LimitSettings settings) {
    FixedPrecisionApfloatHelper h = working.helper();
    FiberSeries series = FiberSeries.compute(working, s, epsilon, et, settings.order());
    return h.subtract(h.add(s, series.evaluate(z)), sharpness);
  }

  /** (t_(N-1) + t_N) r^2 / (1 - r^2) with r^2 the largest t_(n+2) / t_n over n = N-9 .. N-2. */
  static Optional<Apfloat> truncationEstimate(Precision working, FiberSeries series,
      Apfloat z) {
    FixedPrecisionApfloatHelper h = working.helper();
    int order = series.order();
    Apfloat ratio = working.of(0);
    for (int n = order - 9; n <= order - 2; n++) {
      Apfloat lower = series.term(n, z);
      if (lower.signum() == 0) {
        return Optional.empty();
      }
      Apfloat r = h.divide(series.term(n + 2, z), lower);
      ratio = r.compareTo(ratio) > 0 ? r : ratio;
    }
    Apfloat one = working.of(1);
    if (ratio.compareTo(one) >= 0) {
      return Optional.empty();
    }
    Apfloat lastTwo = h.add(series.term(order - 1, z), series.term(order, z));
    return Optional.of(h.divide(h.multiply(lastTwo, ratio), h.subtract(one, ratio)));
  }

  private static LimitResult fromPlain(Start start, LimitSettings settings, RunResult plain) {
    Optional<Apfloat> bound = plain.converged() ? plain.tailBound() : Optional.empty();
    return new LimitResult(start, settings, plain.stopReason(), false, plain.steps(), plain.y(),
        plain.z(), bound, Optional.empty(), Optional.empty(),
        "plain iteration: " + plain.detail());
  }

  private static LimitResult firstOnly(Start start, LimitSettings settings, long step,
      Solution first, Apfloat firstZ, String detail) {
    Precision precision = settings.run().precision();
    return new LimitResult(start, settings, StopReason.CONVERGED, true, step,
        precision.helper().subtract(first.limit, precision.of(2)), firstZ,
        Optional.of(first.estimate), Optional.empty(), Optional.empty(), detail
            + "; no consistency check");
  }

  private static LimitResult failure(Start start, LimitSettings settings, long step,
      ModelState state, String detail) {
    Precision precision = settings.run().precision();
    Apfloat y = precision.helper().subtract(state.sharpness(precision.helper()),
        precision.of(2));
    return new LimitResult(start, settings, StopReason.STEP_CAP, false, step, y, state.z(),
        Optional.empty(), Optional.empty(), Optional.empty(), detail);
  }
}
