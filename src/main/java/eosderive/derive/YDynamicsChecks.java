package eosderive.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;

import eosderive.symbolic.PolynomialRing;
import eosderive.verify.Check;
import eosderive.verify.ExactNumbers;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Checks the truncated y-dynamics against the exact two-step map: at (z, y) = r (a, b) the exact
 * change is computed from the polynomial two-step map, with the nullcline point found by Newton's
 * method on F_z(z, T) = 0, and compared with the expansion. The error of an expansion to total
 * order N must shrink like r^(N+1); the row reports the least-squares slope of log(error)
 * against log(r) over r = 2^-4 ... 2^-9 and passes when it is within 0.3 of N + 1.
 */
public final class YDynamicsChecks {

  private static final PolynomialRing RING = Symbols.RING;
  private static final int PRECISION = 60;

  private YDynamicsChecks() {}

  /** Rows for eps = 1/3 at Et = 0 and Et = 1/2, along the direction (z, y) = r (1, -1/3). */
  public static List<Check> checks(YDynamics dynamics, TwoStepMap twoStep) {
    List<Check> rows = new ArrayList<>();
    for (BigRational et : List.of(BigRational.ZERO, new BigRational(1, 2))) {
      rows.addAll(slopeRows(dynamics, twoStep, new BigRational(1, 3), et,
          BigRational.ONE, new BigRational(-1, 3)));
    }
    return rows;
  }

  /** Two rows, one per difference, for one parameter point and one direction (a, b). */
  public static List<Check> slopeRows(YDynamics dynamics, TwoStepMap twoStep, BigRational eps,
      BigRational et, BigRational a, BigRational b) {
    FixedPrecisionApfloatHelper helper = new FixedPrecisionApfloatHelper(PRECISION);
    Map<String, GenPolynomial<BigRational>> parameters =
        Map.of("eps", RING.constant(eps), "Et", RING.constant(et));
    GenPolynomial<BigRational> zNext = RING.substitute(twoStep.zNext2(), parameters);
    GenPolynomial<BigRational> tNext = RING.substitute(twoStep.tNext2(), parameters);
    GenPolynomial<BigRational> f = Nullclines.divided(zNext, "z");
    GenPolynomial<BigRational> g = RING.substitute(dynamics.zDifference(), parameters);
    GenPolynomial<BigRational> d = RING.substitute(dynamics.yDifference(), parameters);

    List<Double> logR = new ArrayList<>();
    List<Double> logErrorZ = new ArrayList<>();
    List<Double> logErrorY = new ArrayList<>();
    for (int k = 4; k <= 9; k++) {
      BigRational r = new BigRational(1, 1L << k);
      Apfloat z = ExactNumbers.of(helper, r.multiply(a));
      Apfloat y = ExactNumbers.of(helper, r.multiply(b));
      Apfloat t = helper.add(nullclinePoint(helper, f, z), y);
      Map<String, Apfloat> at = Map.of("z", z, "T", t, "y", y);
      Apfloat z2 = ExactNumbers.evaluate(helper, RING, zNext, at);
      Apfloat t2 = ExactNumbers.evaluate(helper, RING, tNext, at);
      Apfloat y2 = helper.subtract(t2, nullclinePoint(helper, f, z2));
      Apfloat errorZ = helper.abs(helper.subtract(helper.subtract(z2, z),
          ExactNumbers.evaluate(helper, RING, g, at)));
      Apfloat errorY = helper.abs(helper.subtract(helper.subtract(y2, y),
          ExactNumbers.evaluate(helper, RING, d, at)));
      logR.add(Math.log(r.numerator().doubleValue() / r.denominator().doubleValue()));
      logErrorZ.add(log(errorZ));
      logErrorY.add(log(errorY));
    }
    int expected = dynamics.order() + 1;
    String where = String.format(Locale.ROOT,
        "eps = %s, Et = %s, (z, y) = r (%s, %s), r = 2^-4 ... 2^-9, %d digits", eps, et, a, b,
        PRECISION);
    String suffix = " (eps=" + eps + ", Et=" + et + ")";
    return List.of(
        slopeRow("y-dynamics z-difference slope" + suffix, logR, logErrorZ, expected, where),
        slopeRow("y-dynamics y-difference slope" + suffix, logR, logErrorY, expected, where));
  }

  private static Check slopeRow(
      String name, List<Double> x, List<Double> y, int expected, String where) {
    double slope = slope(x, y);
    return new Check(name, Math.abs(slope - expected) <= 0.3,
        String.format(Locale.ROOT, "%.3f", slope), expected + " +- 0.3",
        "least-squares slope of log|exact - expansion| against log r; " + where);
  }

  /**
   * The point T = 2 + w on the exact two-step z-nullcline above z: Newton's method on
   * F_z(z, T) = 0 from T = 2, stopped when the step is below 10^-(precision - 5).
   */
  static Apfloat nullclinePoint(
      FixedPrecisionApfloatHelper helper, GenPolynomial<BigRational> f, Apfloat z) {
    GenPolynomial<BigRational> df = derivative(f, "T");
    Apfloat t = new Apfloat(2, helper.precision());
    Apfloat tolerance = helper.pow(new Apfloat(10, helper.precision()), -(PRECISION - 5));
    for (int i = 0; i < 100; i++) {
      Map<String, Apfloat> at = Map.of("z", z, "T", t);
      Apfloat step = helper.divide(ExactNumbers.evaluate(helper, RING, f, at),
          ExactNumbers.evaluate(helper, RING, df, at));
      t = helper.subtract(t, step);
      if (helper.abs(step).compareTo(tolerance) < 0) {
        return t;
      }
    }
    throw new IllegalStateException("Newton's method for the z-nullcline did not converge at z = "
        + z.precision(10));
  }

  /** Differentiates {@code p} with respect to {@code name}. */
  static GenPolynomial<BigRational> derivative(GenPolynomial<BigRational> p, String name) {
    GenPolynomial<BigRational> result = RING.zero();
    ExpVector unit = RING.variable(name).leadingExpVector();
    for (Monomial<BigRational> m : p) {
      long k = RING.exponent(m.e, name);
      if (k > 0) {
        result = result.sum(m.c.multiply(new BigRational(k)), m.e.subtract(unit));
      }
    }
    return result;
  }

  /** Natural logarithm; the errors here lie far inside the double range (above 10^-100). */
  private static double log(Apfloat positive) {
    return positive.signum() == 0 ? Double.NEGATIVE_INFINITY : Math.log(positive.doubleValue());
  }

  private static double slope(List<Double> x, List<Double> y) {
    double mx = x.stream().mapToDouble(v -> v).average().orElseThrow();
    double my = y.stream().mapToDouble(v -> v).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.size(); i++) {
      sxy += (x.get(i) - mx) * (y.get(i) - my);
      sxx += (x.get(i) - mx) * (x.get(i) - mx);
    }
    return sxy / sxx;
  }
}
