package eosderive.numeric;

import java.util.Optional;
import java.util.function.Consumer;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Iterates the exact one-step gradient-descent map of the two-parameter second-order regression
 * model (see {@link OneStepMap}) from a {@link Start} until one stop condition holds.
 *
 * <p>Before each step the runner checks, in this order:
 *
 * <ol>
 *   <li>z = 0 exactly: CONVERGED with tail bound 0, because z = 0 is a fixed point of the map.
 *   <li>|z| > 10 or T > 10^6: DIVERGED. These are practical limits, not a proof of divergence.
 *       In a scan of 59,611 physical starts (z0 from -3 to 3 and T0 from 0 to 6 in steps of
 *       1/20, Et = 0, eps in {1, 1/2, 1/10, 1/20, 1/50, 1/100}, double precision, at most
 *       400,000 steps; the test class DivergenceLimitTest), no converging run ever had |z|
 *       above 4.93 or T above 11.2, and no run that crossed either limit converged afterwards.
 *   <li>The {@link TailBound} B on |T_inf - T| is at most the tolerance: CONVERGED.
 *   <li>The step count equals the step cap: STEP_CAP.
 * </ol>
 *
 * <p>A start with u0 < 0 or v0 < 0 stops at once with OUTSIDE_PHYSICAL_REGION. On the boundary
 * (u0 = 0 or v0 = 0) the orbit can approach T = 0, where z decays only algebraically; such runs
 * end at STEP_CAP.
 */
public final class GdRunner {

  /** Limit on |z| beyond which a run is DIVERGED. */
  public static final int MAX_ABS_Z = 10;

  /** Limit on the sharpness T beyond which a run is DIVERGED. */
  public static final int MAX_SHARPNESS = 1_000_000;

  private GdRunner() {}

  /** Runs the map from {@code start} with {@code settings}. */
  public static RunResult run(Start start, RunSettings settings) {
    return run(start, settings, state -> { });
  }

  /**
   * Runs the map and passes every state, the start's included, to {@code observer} before the
   * stop checks for that state.
   */
  static RunResult run(Start start, RunSettings settings, Consumer<ModelState> observer) {
    Precision precision = settings.precision();
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat epsilon = precision.of(start.epsilon());
    Apfloat tolerance = precision.of(settings.tolerance());
    Apfloat maxAbsZ = precision.of(MAX_ABS_Z);
    Apfloat maxSharpness = precision.of(MAX_SHARPNESS);
    ModelState state = new ModelState(
        precision.of(start.u0()), precision.of(start.v0()), precision.of(start.z0()));
    Apfloat sharpness = state.sharpness(h);
    Apfloat peak = sharpness;
    if (!start.isPhysical()) {
      String detail = "u0 = " + start.u0() + " and v0 = " + start.v0()
          + ": an eigen-weight is negative, so no real parameter vector has this start";
      return result(start, settings, StopReason.OUTSIDE_PHYSICAL_REGION, 0, state, precision,
          Optional.empty(), peak, 0, detail);
    }

    OneStepMap map = new OneStepMap(precision, epsilon);
    long alternations = 0;
    int previousSign = 0;
    long step = 0;
    while (true) {
      observer.accept(state);
      sharpness = state.sharpness(h);
      if (sharpness.compareTo(peak) > 0) {
        peak = sharpness;
      }
      int sign = state.z().signum();
      alternations = (sign != 0 && sign == -previousSign) ? alternations + 1 : 0;
      previousSign = sign;

      if (sign == 0) {
        return result(start, settings, StopReason.CONVERGED, step, state, precision,
            Optional.of(precision.of(0)), peak, alternations,
            "z is exactly 0, a fixed point of the map");
      }
      Apfloat absZ = h.abs(state.z());
      if (absZ.compareTo(maxAbsZ) > 0 || sharpness.compareTo(maxSharpness) > 0) {
        String detail = "|z| = " + Display.brief(absZ) + " (limit " + MAX_ABS_Z + "), T = "
            + Display.brief(sharpness) + " (limit " + MAX_SHARPNESS + ") at step " + step;
        return result(start, settings, StopReason.DIVERGED, step, state, precision,
            Optional.empty(), peak, alternations, detail);
      }
      if (TailBound.lowerEstimate(precision, epsilon, state).compareTo(tolerance) <= 0) {
        Optional<Apfloat> bound = TailBound.of(precision, epsilon, state);
        if (bound.isPresent() && bound.get().compareTo(tolerance) <= 0) {
          String detail = "tail bound " + Display.brief(bound.get()) + " <= tolerance "
              + Display.brief(tolerance);
          return result(start, settings, StopReason.CONVERGED, step, state, precision, bound,
              peak, alternations, detail);
        }
      }
      if (step == settings.maxSteps()) {
        String detail = "step cap " + settings.maxSteps() + " reached with |z| = "
            + Display.brief(absZ);
        return result(start, settings, StopReason.STEP_CAP, step, state, precision,
            TailBound.of(precision, epsilon, state), peak, alternations, detail);
      }
      state = map.next(state);
      step++;
    }
  }

  private static RunResult result(Start start, RunSettings settings, StopReason reason,
      long steps, ModelState state, Precision precision, Optional<Apfloat> tailBound,
      Apfloat peak, long alternations, String detail) {
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat sharpness = state.sharpness(h);
    Apfloat y = h.subtract(sharpness, precision.of(2));
    return new RunResult(start, settings, reason, steps, state, sharpness, y, tailBound, peak,
        alternations, detail);
  }
}
