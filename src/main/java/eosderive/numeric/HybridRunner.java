package eosderive.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

import org.apfloat.Apfloat;
import org.apfloat.Apint;
import org.apfloat.Aprational;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Iterates the map from a {@link Start} on a fast double path while a proved bound shows that
 * double precision meets the tolerance, and otherwise on a precise path (binary fixed point or
 * Apfloat).
 *
 * <p><b>Double path.</b> {@link DoubleOrbit} carries a rigorous componentwise forward error bound
 * E = (Eu, Ev, Ez) of the computed state against the exact orbit. Before each step it checks,
 * in this order, with E taken into account:
 *
 * <ol>
 *   <li>z^ = 0 and Ez = 0: CONVERGED. If instead |z^| &lt;= Ez, the sign of the exact z is
 *       unknown: escalate.
 *   <li>|z^| - Ez &gt; 10 or T^ - E_T &gt; 10^6 (E_T = Eu + Ev): DIVERGED, certain for the exact
 *       orbit. If only |z^| + Ez &gt; 10 or T^ + E_T &gt; 10^6: escalate.
 *   <li>E_T &gt; tolerance / 2: escalate. This is the escalation rule: the rounding alone would
 *       use up more than half of the requested accuracy.
 *   <li>The {@link TailBound} B, evaluated at the two corners (u^ + Eu, v^ + Ev, |z^| + Ez) and
 *       (u^ - Eu, v^ - Ev, |z^| + Ez) of the error box, satisfies max B + E_T &lt;= tolerance:
 *       CONVERGED, and the reported tail bound is max B + E_T.
 *   <li>The step count equals the step cap: STEP_CAP.
 * </ol>
 *
 * <p>NOTE: B is evaluated at two corners of the error box, not maximised over it. Across a box
 * of radius E it moves by O(E), far below the tolerance whenever step 3 passed, but this is an
 * argument, not a proof.
 *
 * <p><b>Escalation</b> restarts the run from the exact start on the precise path, because the
 * double state is not known to the needed accuracy. A tolerance below about 10^-15 therefore
 * escalates at step 0; a run through the edge-of-stability phase escalates once the bound
 * grows past tolerance / 2 (see {@link DoubleOrbit} for why the bound grows there).
 */
public final class HybridRunner {

  private static final long DOUBLE_PROGRESS_INTERVAL = 1L << 20;

  private HybridRunner() {}

  /** Runs {@code start} with {@link EngineOptions#DEFAULT}. */
  public static HybridResult run(Start start, RunSettings settings) {
    return run(start, settings, EngineOptions.DEFAULT);
  }

  /** Runs {@code start} with {@code options}. */
  public static HybridResult run(Start start, RunSettings settings, EngineOptions options) {
    if (!start.isPhysical()) {
      return new HybridResult(GdRunner.run(start, settings), IterationPath.NONE, 0,
          Optional.empty(), Optional.empty());
    }
    Optional<String> escalation = Optional.empty();
    long doubleSteps = 0;
    if (options.allowDouble()) {
      DoubleAttempt attempt = runDouble(start, settings, options);
      if (attempt.result != null) {
        return attempt.result;
      }
      escalation = Optional.of(attempt.escalation);
      doubleSteps = attempt.steps;
    }
    RunResult run = options.precisePath() == IterationPath.APFLOAT
        ? GdRunner.run(start, settings)
        : FixedPointRunner.run(start, settings, options.progress());
    return new HybridResult(run, options.precisePath(), doubleSteps, escalation,
        Optional.empty());
  }

  private record DoubleAttempt(HybridResult result, String escalation, long steps) {}

  private static DoubleAttempt runDouble(Start start, RunSettings settings,
      EngineOptions options) {
    Precision precision = settings.precision();
    Apfloat epsilon = precision.of(start.epsilon());
    // Rounded down by a relative 2^-50 so that every comparison is conservative.
    double tolerance = DoubleOrbit.toDouble(settings.tolerance()) * (1 - 0x1p-50);
    DoubleOrbit orbit = new DoubleOrbit(start);
    double eps = orbit.epsilon();
    double peak = orbit.sharpness();
    double checkBelow = Double.MAX_VALUE;
    long alternations = 0;
    int previousSign = 0;
    long step = 0;
    while (true) {
      double z = orbit.z();
      double absZ = Math.abs(z);
      double sharpness = orbit.sharpness();
      double errorT = orbit.errorSharpness();
      double errorZ = orbit.errorZ();
      peak = Math.max(peak, sharpness);
      if (z == 0 && errorZ == 0) {
        return done(start, settings, orbit, StopReason.CONVERGED, step, errorT, peak,
            alternations, "z is exactly 0 on the double path with no error in z");
      }
      if (absZ <= errorZ) {
        return new DoubleAttempt(null, "at step " + step + " |z| = " + absZ + " is within its "
            + "error bound " + errorZ + ", so the sign of z is not certain", step);
      }
      int sign = z > 0 ? 1 : -1;
      alternations = sign == -previousSign ? alternations + 1 : 0;
      previousSign = sign;
      if (absZ - errorZ > GdRunner.MAX_ABS_Z || sharpness - errorT > GdRunner.MAX_SHARPNESS) {
        return done(start, settings, orbit, StopReason.DIVERGED, step, errorT, peak,
            alternations, "|z| = " + absZ + " (limit " + GdRunner.MAX_ABS_Z + "), T = "
                + sharpness + " (limit " + GdRunner.MAX_SHARPNESS + ") at step " + step
                + " on the double path");
      }
      if (absZ + errorZ > GdRunner.MAX_ABS_Z || sharpness + errorT > GdRunner.MAX_SHARPNESS) {
        return new DoubleAttempt(null, "at step " + step + " the error bound does not decide "
            + "whether |z| or T crossed its divergence limit", step);
      }
      if (errorT > tolerance / 2) {
        return new DoubleAttempt(null, "at step " + step + " the rounding bound " + errorT
            + " on T exceeds half the tolerance " + tolerance, step);
      }
      double estimate = 2 * ((1 + eps) * (orbit.u() + orbit.errorU()) + eps)
          * (absZ + errorZ);
      if (estimate + errorT <= tolerance && absZ + errorZ <= checkBelow) {
        Optional<Apfloat> bound = cornerTailBound(precision, epsilon, orbit);
        if (bound.isPresent()
            && bound.get().doubleValue() * (1 + 0x1p-40) + errorT <= tolerance) {
          return done(start, settings, orbit, StopReason.CONVERGED, step, errorT, peak,
              alternations, "tail bound plus rounding bound " + Display.brief(bound.get())
                  + " + " + errorT + " <= tolerance on the double path");
        }
        // As in FixedPointRunner.nextGate: B is close to proportional to |z|.
        checkBelow = bound.isEmpty() ? (absZ + errorZ) / 2
            : (absZ + errorZ) * (tolerance - errorT) / bound.get().doubleValue();
      }
      if (step == settings.maxSteps()) {
        return done(start, settings, orbit, StopReason.STEP_CAP, step, errorT, peak,
            alternations, "step cap " + settings.maxSteps() + " reached with |z| = " + absZ
                + " on the double path");
      }
      orbit.step();
      step++;
      if ((step & (DOUBLE_PROGRESS_INTERVAL - 1)) == 0) {
        options.progress().accept(step);
      }
    }
  }

  private static Optional<Apfloat> cornerTailBound(Precision precision, Apfloat epsilon,
      DoubleOrbit orbit) {
    double z = Math.abs(orbit.z()) + orbit.errorZ();
    Optional<Apfloat> high = TailBound.of(precision, epsilon, state(precision,
        orbit.u() + orbit.errorU(), orbit.v() + orbit.errorV(), z));
    Optional<Apfloat> low = TailBound.of(precision, epsilon, state(precision,
        Math.max(0, orbit.u() - orbit.errorU()), Math.max(0, orbit.v() - orbit.errorV()), z));
    if (high.isEmpty() || low.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(high.get().compareTo(low.get()) >= 0 ? high.get() : low.get());
  }

  private static DoubleAttempt done(Start start, RunSettings settings, DoubleOrbit orbit,
      StopReason reason, long steps, double errorT, double peak, long alternations,
      String detail) {
    Precision precision = settings.precision();
    ModelState state = state(precision, orbit.u(), orbit.v(), orbit.z());
    Apfloat sharpness = state.sharpness(precision.helper());
    Apfloat y = precision.helper().subtract(sharpness, precision.of(2));
    Optional<Apfloat> tailBound = Optional.empty();
    if (reason != StopReason.DIVERGED) {
      Optional<Apfloat> corner = orbit.z() == 0 && orbit.errorZ() == 0
          ? Optional.of(precision.of(0))
          : cornerTailBound(precision, precision.of(start.epsilon()), orbit);
      tailBound = corner.map(b -> precision.helper().add(b, exact(precision, errorT)));
    }
    RunResult run = new RunResult(start, settings, reason, steps, state, sharpness, y,
        tailBound, exact(precision, peak), alternations, detail);
    return new DoubleAttempt(new HybridResult(run, IterationPath.DOUBLE, steps,
        Optional.empty(), Optional.of(errorT)), null, steps);
  }

  private static ModelState state(Precision precision, double u, double v, double z) {
    return new ModelState(exact(precision, u), exact(precision, v), exact(precision, z));
  }

  /**
   * Converts a finite double m 2^e to {@code precision}: the integer mantissa m and the power
   * 2^e are exact rationals, each truncated once, so the relative error is a few units in the
   * last digit.
   */
  static Apfloat exact(Precision precision, double x) {
    if (x == 0) {
      return precision.of(0);
    }
    if (Math.abs(x) < Double.MIN_NORMAL) {
      return precision.of(ExactInput.parse(new BigDecimal(x).toString(), "double value"));
    }
    int exponent = Math.getExponent(x) - 52;
    long mantissa = (long) Math.scalb(x, -exponent);
    FixedPrecisionApfloatHelper h = precision.helper();
    Aprational power = exponent >= 0
        ? new Aprational(new Apint(BigInteger.ONE.shiftLeft(exponent)))
        : new Aprational(new Apint(1), new Apint(BigInteger.ONE.shiftLeft(-exponent)));
    return h.multiply(precision.of(mantissa), precision.of(power));
  }
}
