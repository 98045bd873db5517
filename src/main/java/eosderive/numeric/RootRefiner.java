package eosderive.numeric;

import java.math.BigDecimal;
import java.util.function.Function;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Solves a scalar equation g(x) = 0 to high precision: Commons Math 3.6.1's
 * {@link BrentSolver} finds the root in a sign-changing bracket in double precision, and Newton's
 * method x' = x - g(x) / g'(x) in Apfloat refines it.
 *
 * <p>Newton's method roughly doubles the number of correct digits per iteration from the
 * double-precision start (about 15 digits), so it needs about log2(digits / 15) + 1 iterations;
 * the cap is that number plus {@link #EXTRA_NEWTON_ITERATIONS}. Iteration runs at {@code digits
 * + }{@link #GUARD_DIGITS} and stops when the Newton correction is below 10^-(digits + 2) times
 * |x|; the result is then truncated to {@code digits}. For a simple root the error of the result
 * is at most a few units in its last digit. The stop test is relative, so a root at exactly
 * x = 0 never meets it and ends in an ArithmeticException; shift the variable in that case.
 *
 * <p>The functions receive arguments of precision {@code digits + GUARD_DIGITS} and must
 * evaluate at the precision of their argument, for example through a
 * {@link FixedPrecisionApfloatHelper} of {@code x.precision()}.
 */
public final class RootRefiner {

  /** Extra digits carried by the Newton iteration. */
  public static final int GUARD_DIGITS = 10;

  /** Iterations allowed beyond the quadratic-convergence estimate. */
  public static final int EXTRA_NEWTON_ITERATIONS = 8;

  private static final int MAX_BRENT_EVALUATIONS = 200;

  private RootRefiner() {}

  /**
   * Returns the root of {@code g} in [lo, hi] to {@code digits} significant digits.
   *
   * <p>The bounds are converted to Apfloat exactly (every double is a binary fraction).
   *
   * @param g the function, evaluated at the precision of its argument
   * @param derivative g', evaluated at the precision of its argument
   * @param lo lower end of a bracket with g(lo) and g(hi) of opposite signs
   * @param hi upper end of the bracket
   * @param digits significant digits of the result, in [16, 10000]
   * @throws IllegalArgumentException if the bracket is invalid or does not change sign
   * @throws ArithmeticException if g' vanishes at an iterate, Newton's method leaves the
   *     bracket, or it does not settle within its iteration cap
   */
  public static Apfloat solveNear(Function<Apfloat, Apfloat> g,
      Function<Apfloat, Apfloat> derivative, double lo, double hi, int digits) {
    Precision target = Precision.ofDigits(digits);
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
      throw new IllegalArgumentException("bracket [" + lo + ", " + hi + "] is invalid; pass "
          + "finite bounds with lo < hi");
    }
    Precision working = Precision.ofDigits(digits + GUARD_DIGITS);
    double start = brent(g, working, lo, hi);
    return newton(g, derivative, working, exact(working, start), lo, hi, target);
  }

  private static double brent(Function<Apfloat, Apfloat> g, Precision working, double lo,
      double hi) {
    UnivariateFunction inDouble = x -> g.apply(exact(working, x)).doubleValue();
    BrentSolver solver = new BrentSolver(1e-15, 1e-300, 0.0);
    try {
      return solver.solve(MAX_BRENT_EVALUATIONS, inDouble, lo, hi);
    } catch (MathIllegalArgumentException e) {
      throw new IllegalArgumentException("g does not change sign on [" + lo + ", " + hi
          + "] (g(lo) = " + inDouble.value(lo) + ", g(hi) = " + inDouble.value(hi)
          + "); pass a bracket whose ends give values of opposite signs", e);
    } catch (TooManyEvaluationsException e) {
      throw new ArithmeticException("Brent's method did not converge on [" + lo + ", " + hi
          + "] within " + MAX_BRENT_EVALUATIONS + " evaluations; check that g is continuous"
          + " there");
    }
  }

  private static Apfloat newton(Function<Apfloat, Apfloat> g,
      Function<Apfloat, Apfloat> derivative, Precision working, Apfloat start, double lo,
      double hi, Precision target) {
    FixedPrecisionApfloatHelper h = working.helper();
    Apfloat low = exact(working, lo);
    Apfloat high = exact(working, hi);
    Apfloat relativeStop = working.powerOfTen(-(target.digits() + 2L));
    int cap = 1 + ceilLog2((target.digits() + 14) / 15) + EXTRA_NEWTON_ITERATIONS;
    Apfloat x = start;
    for (int iteration = 1; iteration <= cap; iteration++) {
      Apfloat slope = derivative.apply(x);
      if (slope.signum() == 0) {
        throw new ArithmeticException("g'(x) = 0 at x = " + Display.brief(x) + " in Newton"
            + " iteration " + iteration + "; the root may be multiple");
      }
      Apfloat correction = h.divide(g.apply(x), slope);
      x = h.subtract(x, correction);
      if (x.compareTo(low) < 0 || x.compareTo(high) > 0) {
        throw new ArithmeticException("Newton's method left the bracket [" + lo + ", " + hi
            + "] at x = " + Display.brief(x) + "; pass a narrower bracket around the root");
      }
      if (h.abs(correction).compareTo(h.multiply(relativeStop, h.abs(x))) <= 0) {
        return target.helper().valueOf(x);
      }
    }
    throw new ArithmeticException("Newton's method did not reach " + target.digits()
        + " digits within " + cap + " iterations; the root may be multiple or g' inaccurate");
  }

  private static int ceilLog2(int n) {
    return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
  }

  /** Converts a finite double exactly: its binary value has a finite decimal expansion. */
  private static Apfloat exact(Precision precision, double x) {
    return precision.of(ExactInput.parse(new BigDecimal(x).toString(), "bound"));
  }
}
