package eosderive.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import edu.jas.arith.BigRational;

import eosderive.verify.Check;
import eosderive.verify.ExactNumbers;
import eosderive.verify.ParameterSpaceDescent;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Compares the y_inf series with gradient descent on the two-parameter model itself
 * ({@link ParameterSpaceDescent}), run in Apfloat arithmetic until |z| is tiny.
 *
 * <p>The measured limit is the Aitken extrapolation of the even steps T_(2m), which removes the
 * geometric O(z) tail and leaves an error of order z^2. Several starts with z0^2 >> eps and
 * progressive sharpening (z0 < 0, T0 < 2) are run for each eps; runs whose sharpness never
 * exceeds 2 did not reach the edge and are reported but not compared. The spread of the others
 * measures the start dependence of order exp(-c z0^2 / eps) that the series cannot show. The
 * signed difference divided by eps^(K+1) estimates the next coefficient c_(K+1); it should be
 * nearly the same for every small eps. A row passes when
 * |series - measured| <= 2 (|last series term| + spread) + 10^(-(precision - 10)), the last
 * term being a generous bound on the truncation error while the coefficients grow slower than
 * 1/eps.
 */
public final class LimitSharpnessChecks {

  /** Default precision in decimal digits. */
  public static final int DEFAULT_PRECISION = 50;

  /** One start (z0, T0) as exact rationals. */
  public record Start(BigRational z0, BigRational t0) {
    @Override
    public String toString() {
      return "(z0, T0) = (" + z0 + ", " + t0 + ")";
    }
  }

  /** Starts below the edge that sharpen to it. */
  public static final List<Start> DEFAULT_STARTS = List.of(
      new Start(new BigRational(-3, 10), new BigRational(19, 10)),
      new Start(new BigRational(-1, 2), new BigRational(3, 2)),
      new Start(new BigRational(-2, 5), new BigRational(8, 5)));

  /** eps = 1/10 ... 1/1000. */
  public static final List<BigRational> DEFAULT_EPS = List.of(
      new BigRational(1, 10), new BigRational(1, 30), new BigRational(1, 100),
      new BigRational(1, 300), new BigRational(1, 1000));

  private LimitSharpnessChecks() {}

  /** One row per eps, comparing the series with every start. */
  public static List<Check> checks(
      LimitSharpness series, List<BigRational> epsValues, List<Start> starts, int precision) {
    FixedPrecisionApfloatHelper helper = new FixedPrecisionApfloatHelper(precision);
    List<Check> rows = new ArrayList<>();
    for (BigRational eps : epsValues) {
      rows.add(check(series, eps, starts, helper));
    }
    return rows;
  }

  private static Check check(LimitSharpness series, BigRational eps, List<Start> starts,
      FixedPrecisionApfloatHelper helper) {
    Apfloat e = ExactNumbers.of(helper, eps);
    Apfloat predicted = new Apfloat(0, helper.precision());
    Apfloat lastTerm = predicted;
    List<BigRational> c = series.coefficients();
    for (int k = c.size(); k >= 1; k--) {
      predicted = helper.multiply(helper.add(predicted, ExactNumbers.of(helper, c.get(k - 1))), e);
    }
    lastTerm = helper.abs(helper.multiply(ExactNumbers.of(helper, c.get(c.size() - 1)),
        helper.pow(e, c.size())));
    List<Apfloat> measured = new ArrayList<>();
    List<Start> skipped = new ArrayList<>();
    long steps = 0;
    for (Start start : starts) {
      Measurement m = measure(helper, e, ExactNumbers.of(helper, series.et()), start);
      steps += m.steps();
      if (m.maxSharpness().compareTo(new Apfloat(2)) > 0) {
        measured.add(m.limit());
      } else {
        skipped.add(start);
      }
    }
    if (measured.isEmpty()) {
      return new Check("limit-series eps=" + eps, false, "none", "-",
          "no start reached the edge of stability at eps = " + eps + ": " + skipped);
    }
    Apfloat spread = new Apfloat(0, helper.precision());
    for (Apfloat a : measured) {
      spread = max(spread, helper.abs(helper.subtract(a, measured.get(0))));
    }
    Apfloat worst = new Apfloat(0, helper.precision());
    for (Apfloat a : measured) {
      worst = max(worst, helper.abs(helper.subtract(a, predicted)));
    }
    Apfloat floor = helper.pow(new Apfloat(10, helper.precision()), -(helper.precision() - 10));
    Apfloat tolerance = helper.add(
        helper.multiply(new Apfloat(2), helper.add(lastTerm, spread)), floor);
    boolean passed = worst.compareTo(tolerance) <= 0;
    double digits = ExactNumbers.agreeingDigits(helper, helper.add(predicted, worst), predicted);
    Apfloat nextCoefficient = helper.divide(helper.subtract(measured.get(0), predicted),
        helper.pow(e, c.size() + 1));
    String detail = String.format(Locale.ROOT,
        "eps = %s, K = %d, Et = %s: series %s; gradient descent on (z, J) from %s, %d steps in"
            + " all, Aitken limit of T_(2m) - 2: %s; agreeing digits %.1f; spread between"
            + " starts %s; last series term %s; (measured - series)/eps^%d = %s; not at the"
            + " edge: %s; tolerance = 2 (last series term + spread between starts) + 10^(10 -"
            + " digits), because starts differ by terms exponentially small in 1/eps that no"
            + " power series contains",
        eps, c.size(), series.et(), predicted.precision(20), starts, steps,
        measured.get(0).precision(20), digits, spread.precision(3), lastTerm.precision(3),
        c.size() + 1, nextCoefficient.precision(4), skipped.isEmpty() ? "none" : skipped);
    return new Check("limit-series eps=" + eps, passed, worst.precision(3).toString(),
        tolerance.precision(3).toString(), detail);
  }

  /** The measured y_inf of one run and the steps it took. */
  public record Measurement(Apfloat limit, long steps, Apfloat maxSharpness) {}

  /**
   * Runs gradient descent from {@code start} until |z| < 10^(-(precision/2 + 2)) and returns the
   * Aitken extrapolation of T_(2m) - 2.
   *
   * @throws IllegalStateException when the run diverges or does not converge in 10^7 steps
   */
  public static Measurement measure(FixedPrecisionApfloatHelper helper, Apfloat eps, Apfloat et,
      Start start) {
    ParameterSpaceDescent run = ParameterSpaceDescent.start(helper, eps, et,
        ExactNumbers.of(helper, start.z0()), ExactNumbers.of(helper, start.t0()));
    Apfloat small = helper.pow(new Apfloat(10, helper.precision()), -(helper.precision() / 2 + 2));
    Apfloat large = new Apfloat(10);
    Apfloat[] even = new Apfloat[3];
    Apfloat maxSharpness = run.sharpness();
    while (run.steps() < 10_000_000L) {
      run.step();
      maxSharpness = max(maxSharpness, run.sharpness());
      run.step();
      maxSharpness = max(maxSharpness, run.sharpness());
      even[0] = even[1];
      even[1] = even[2];
      even[2] = run.sharpness();
      Apfloat size = helper.abs(run.z());
      if (size.compareTo(large) > 0) {
        throw new IllegalStateException("gradient descent diverged from " + start + " at eps = "
            + eps.precision(10));
      }
      if (size.compareTo(small) < 0 && even[0] != null) {
        Apfloat d1 = helper.subtract(even[2], even[1]);
        Apfloat d2 = helper.add(helper.subtract(d1, even[1]), even[0]);
        Apfloat limit = d2.signum() == 0 ? even[2]
            : helper.subtract(even[2], helper.divide(helper.multiply(d1, d1), d2));
        return new Measurement(
            helper.subtract(limit, new Apfloat(2)), run.steps(), maxSharpness);
      }
    }
    throw new IllegalStateException("no convergence from " + start + " in 10^7 steps");
  }

  private static Apfloat max(Apfloat a, Apfloat b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
