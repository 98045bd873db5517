package eosderive.numeric;

import java.math.BigInteger;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.apfloat.Apfloat;
import org.apfloat.Apint;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Runs the map in binary fixed point ({@link FixedPointOrbit}) with the stop rules of
 * {@link GdRunner}, in the same order: z = 0, then |z| &gt; 10 or T &gt; 10^6, then the tail
 * bound, then the step cap.
 *
 * <p>The precision is {@link FixedPointOrbit#bitsForDigits} of the settings' digits, so the
 * absolute resolution 2^-P is below 10^-digits. Before the full {@link TailBound} is evaluated
 * (in Apfloat at the settings' precision), its cheap lower estimate 2 ((1 + eps) u + eps) |z|
 * is compared with the tolerance in integers, exactly as {@link GdRunner} does.
 */
final class FixedPointRunner {

  /** Steps between two calls of the progress callback. */
  static final long PROGRESS_INTERVAL = 1L << 16;

  private FixedPointRunner() {}

  static RunResult run(Start start, RunSettings settings, LongConsumer progress) {
    Precision precision = settings.precision();
    FixedPointOrbit orbit = new FixedPointOrbit(start, FixedPointOrbit.bitsForDigits(
        settings.digits()));
    Apfloat epsilon = precision.of(start.epsilon());
    Apfloat tolerance = precision.of(settings.tolerance());
    int bits = orbit.bits();
    BigInteger maxAbsZ = orbit.integer(GdRunner.MAX_ABS_Z);
    BigInteger maxSharpness = orbit.integer(GdRunner.MAX_SHARPNESS);
    BigInteger toleranceFixed = orbit.scale(settings.tolerance());
    BigInteger estimateFactor = orbit.integer(2).add(orbit.epsilon().shiftLeft(1));
    BigInteger twiceEpsilon = orbit.epsilon().shiftLeft(1);
    BigInteger peak = orbit.u().add(orbit.v());
    // The estimate is at least 2 eps |z|, so it cannot meet the tolerance while |z| > gate.
    BigInteger gate = toleranceFixed.shiftLeft(bits).divide(twiceEpsilon.max(BigInteger.ONE));
    if (!start.isPhysical()) {
      return GdRunner.run(start, settings);
    }
    long alternations = 0;
    int previousSign = 0;
    long step = 0;
    while (true) {
      BigInteger sharpness = orbit.u().add(orbit.v());
      if (sharpness.compareTo(peak) > 0) {
        peak = sharpness;
      }
      BigInteger z = orbit.z();
      int sign = z.signum();
      alternations = (sign != 0 && sign == -previousSign) ? alternations + 1 : 0;
      previousSign = sign;
      if (sign == 0) {
        return result(start, settings, orbit, StopReason.CONVERGED, step,
            Optional.of(precision.of(0)), peak, alternations,
            "z is exactly 0 in " + bits + "-bit fixed point, a fixed point of the map");
      }
      BigInteger absZ = z.abs();
      if (absZ.compareTo(maxAbsZ) > 0 || sharpness.compareTo(maxSharpness) > 0) {
        ModelState state = orbit.toModelState(precision);
        String detail = "|z| = " + Display.brief(precision.helper().abs(state.z())) + " (limit "
            + GdRunner.MAX_ABS_Z + "), T = " + Display.brief(state.sharpness(precision.helper()))
            + " (limit " + GdRunner.MAX_SHARPNESS + ") at step " + step;
        return result(start, settings, orbit, StopReason.DIVERGED, step, Optional.empty(), peak,
            alternations, detail);
      }
      if (absZ.compareTo(gate) <= 0 && tailEstimate(orbit, estimateFactor, twiceEpsilon)
          .compareTo(toleranceFixed) <= 0) {
        ModelState state = orbit.toModelState(precision);
        Optional<Apfloat> bound = TailBound.of(precision, epsilon, state);
        if (bound.isPresent() && bound.get().compareTo(tolerance) <= 0) {
          return result(start, settings, orbit, StopReason.CONVERGED, step, bound, peak,
              alternations, "tail bound " + Display.brief(bound.get()) + " <= tolerance "
                  + Display.brief(tolerance));
        }
        gate = gate.min(nextGate(precision, absZ, bound, tolerance));
      }
      if (step == settings.maxSteps()) {
        ModelState state = orbit.toModelState(precision);
        return result(start, settings, orbit, StopReason.STEP_CAP, step,
            TailBound.of(precision, epsilon, state), peak, alternations, "step cap "
                + settings.maxSteps() + " reached with |z| = "
                + Display.brief(precision.helper().abs(state.z())));
      }
      orbit.step();
      step++;
      if ((step & (PROGRESS_INTERVAL - 1)) == 0) {
        progress.accept(step);
      }
    }
  }

  /**
   * Returns the |z| (scaled by 2^P) below which the full bound is worth evaluating again after it
   * failed with value B at |z|: |z| tolerance / B, since B is close to proportional to |z|, or
   * |z| / 2 when its hypotheses failed.
   *
   * <p>NOTE: B is not exactly proportional to |z|, so a run can stop a few steps later than
   * {@link GdRunner} would. The bound at the stop is still the proved one.
   */
  static BigInteger nextGate(Precision precision, BigInteger absZ, Optional<Apfloat> bound,
      Apfloat tolerance) {
    if (bound.isEmpty()) {
      return absZ.shiftRight(1);
    }
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat ratio = h.divide(tolerance, bound.get());
    return h.multiply(new Apint(absZ), ratio).floor().toBigInteger();
  }

  /** Returns 2 ((1 + eps) u + eps) |z|, scaled by 2^P. */
  private static BigInteger tailEstimate(FixedPointOrbit orbit, BigInteger estimateFactor,
      BigInteger twiceEpsilon) {
    int bits = orbit.bits();
    BigInteger coefficient = estimateFactor.multiply(orbit.u()).shiftRight(bits)
        .add(twiceEpsilon);
    return coefficient.multiply(orbit.z().abs()).shiftRight(bits);
  }

  private static RunResult result(Start start, RunSettings settings, FixedPointOrbit orbit,
      StopReason reason, long steps, Optional<Apfloat> tailBound, BigInteger peak,
      long alternations, String detail) {
    Precision precision = settings.precision();
    ModelState state = orbit.toModelState(precision);
    Apfloat sharpness = state.sharpness(precision.helper());
    Apfloat y = precision.helper().subtract(sharpness, precision.of(2));
    return new RunResult(start, settings, reason, steps, state, sharpness, y, tailBound,
        orbit.toApfloat(precision, peak), alternations, detail);
  }
}
