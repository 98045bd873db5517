package eosderive.numeric;

import org.apfloat.Apfloat;
import org.apfloat.Aprational;
import org.apfloat.FixedPrecisionApfloatHelper;

import eosderive.verify.Check;

/**
 * Runs gradient descent on theta in R^2 with a rotated, non-diagonal Q and checks that the
 * rescaled residual and the moments follow the (z, T) map of {@link OneStepMap}.
 *
 * <p>Model: f(theta) = y0 + G.theta + theta^T Q theta / 2 with Q = e1 e1^T - eps e2 e2^T, where
 * e1 = (3/5, 4/5) and e2 = (-4/5, 3/5), so Q has eigenvalues {1, -eps} and is not diagonal.
 * Residual r = f - target, gradient J = G + Q theta, step theta' = theta - eta J r. Then with
 * z = eta r and T(k) = eta J^T Q^k J, Taylor's theorem (exact, because f is quadratic) gives
 *
 * <pre>
 *   z' = z - z T(0) + z^2 T(1) / 2,   T(k)' = T(k) - 2 z T(k+1) + z^2 T(k+2),
 * </pre>
 *
 * which in Q's eigenbasis is the map of {@link OneStepMap} with u = eta (J.e1)^2 and
 * v = eta (J.e2)^2. The check runs both in Apfloat from the same exact start and compares z and
 * T(0) at every step.
 *
 * <p>The start: eps = 1/10, theta0 = 0, y0 = 1/10 and G = e1 + (37/100) e2 = (38/125, 511/500);
 * eta is the exact rational that makes T0 = 19/10, and the target the one that makes z0 =
 * -3/10. The ratio 37/100 makes Et = eta ((J.e1)^2 - (J.e2)^2 / eps) - 2 z0 close to 0 (about
 * -0.017), so the run passes through the edge-of-stability phase (T rises above 2).
 */
public final class ParameterSpaceCheck {

  private ParameterSpaceCheck() {}

  /**
   * Runs {@code steps} steps at {@code digits} digits and returns the report row; it passes when
   * both max deviations are at most 10^(10 - digits).
   */
  public static Check run(int digits, int steps) {
    if (steps < 1 || steps > 1_000_000) {
      throw new IllegalArgumentException("step count " + steps + " is outside [1, 1000000]; "
          + "pass a count such as 2000");
    }
    Precision precision = Precision.ofDigits(digits);
    FixedPrecisionApfloatHelper h = precision.helper();
    Aprational eps = ExactInput.parse("1/10", "eps");
    Aprational[] e1 = {ExactInput.parse("3/5", "e1"), ExactInput.parse("4/5", "e1")};
    Aprational[] e2 = {ExactInput.parse("-4/5", "e2"), ExactInput.parse("3/5", "e2")};
    Aprational[] g = {ExactInput.parse("38/125", "G"), ExactInput.parse("511/500", "G")};
    Aprational y0 = ExactInput.parse("1/10", "y0");
    Aprational[] theta0 = {ExactInput.parse("0", "theta0"), ExactInput.parse("0", "theta0")};
    Aprational[][] q = new Aprational[2][2];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        q[i][j] = e1[i].multiply(e1[j]).subtract(eps.multiply(e2[i]).multiply(e2[j]));
      }
    }
    Aprational[] j0 = {g[0].add(q[0][0].multiply(theta0[0])).add(q[0][1].multiply(theta0[1])),
        g[1].add(q[1][0].multiply(theta0[0])).add(q[1][1].multiply(theta0[1]))};
    Aprational eta = ExactInput.parse("19/10", "T0")
        .divide(j0[0].multiply(j0[0]).add(j0[1].multiply(j0[1])));
    Aprational f0 = y0.add(g[0].multiply(theta0[0])).add(g[1].multiply(theta0[1]))
        .add(quadraticForm(q, theta0).divide(ExactInput.parse("2", "two")));
    Aprational target = f0.add(ExactInput.parse("3/10", "z0").divide(eta));

    Apfloat etaF = precision.of(eta);
    Apfloat[][] qF = {{precision.of(q[0][0]), precision.of(q[0][1])},
        {precision.of(q[1][0]), precision.of(q[1][1])}};
    Apfloat[] gF = {precision.of(g[0]), precision.of(g[1])};
    Apfloat[] theta = {precision.of(theta0[0]), precision.of(theta0[1])};
    Apfloat y0F = precision.of(y0);
    Apfloat targetF = precision.of(target);
    Apfloat half = h.divide(precision.of(1), precision.of(2));

    Apfloat[] jacobian = gradient(h, gF, qF, theta);
    Apfloat residual = h.subtract(value(h, y0F, gF, qF, theta, half), targetF);
    Apfloat a = h.add(h.multiply(jacobian[0], precision.of(e1[0])),
        h.multiply(jacobian[1], precision.of(e1[1])));
    Apfloat b = h.add(h.multiply(jacobian[0], precision.of(e2[0])),
        h.multiply(jacobian[1], precision.of(e2[1])));
    ModelState state = new ModelState(h.multiply(etaF, h.multiply(a, a)),
        h.multiply(etaF, h.multiply(b, b)), h.multiply(etaF, residual));
    OneStepMap map = new OneStepMap(precision, precision.of(eps));
    Apfloat maxZ = precision.of(0);
    Apfloat maxT = precision.of(0);
    Apfloat maxSharpness = precision.of(0);
    for (int step = 0; step <= steps; step++) {
      Apfloat z = h.multiply(etaF, residual);
      Apfloat sharpness = h.multiply(etaF, h.add(h.multiply(jacobian[0], jacobian[0]),
          h.multiply(jacobian[1], jacobian[1])));
      maxZ = max(maxZ, h.abs(h.subtract(z, state.z())));
      maxT = max(maxT, h.abs(h.subtract(sharpness, state.sharpness(h))));
      maxSharpness = max(maxSharpness, sharpness);
      Apfloat scale = h.multiply(etaF, residual);
      theta = new Apfloat[] {h.subtract(theta[0], h.multiply(scale, jacobian[0])),
          h.subtract(theta[1], h.multiply(scale, jacobian[1]))};
      jacobian = gradient(h, gF, qF, theta);
      residual = h.subtract(value(h, y0F, gF, qF, theta, half), targetF);
      state = map.next(state);
    }
    Apfloat limit = precision.powerOfTen(10L - digits);
    boolean passed = maxZ.compareTo(limit) <= 0 && maxT.compareTo(limit) <= 0;
    return new Check("parameter-space GD follows the (z, T) map", passed,
        "max |dz| = " + Display.brief(maxZ) + ", max |dT| = " + Display.brief(maxT),
        "1e" + (10 - digits),
        "GD on theta in R^2, Q = e1 e1^T - eps e2 e2^T with e1 = (3/5, 4/5), eps = 1/10, "
            + "G = (38/125, 511/500), y0 = 1/10, theta0 = 0, eta = " + eta + " (T0 = 19/10),"
            + " z0 = -3/10; " + steps + " steps at " + digits + " digits, compared at every "
            + "step with the eigenbasis map; max T along the run " + Display.brief(maxSharpness));
  }

  private static Aprational quadraticForm(Aprational[][] q, Aprational[] x) {
    Aprational sum = q[0][0].multiply(x[0]).multiply(x[0]);
    sum = sum.add(q[0][1].multiply(x[0]).multiply(x[1]).multiply(ExactInput.parse("2", "two")));
    return sum.add(q[1][1].multiply(x[1]).multiply(x[1]));
  }

  private static Apfloat[] gradient(FixedPrecisionApfloatHelper h, Apfloat[] g, Apfloat[][] q,
      Apfloat[] theta) {
    return new Apfloat[] {
        h.add(g[0], h.add(h.multiply(q[0][0], theta[0]), h.multiply(q[0][1], theta[1]))),
        h.add(g[1], h.add(h.multiply(q[1][0], theta[0]), h.multiply(q[1][1], theta[1])))};
  }

  private static Apfloat value(FixedPrecisionApfloatHelper h, Apfloat y0, Apfloat[] g,
      Apfloat[][] q, Apfloat[] theta, Apfloat half) {
    Apfloat linear = h.add(h.multiply(g[0], theta[0]), h.multiply(g[1], theta[1]));
    Apfloat[] qTheta = {h.add(h.multiply(q[0][0], theta[0]), h.multiply(q[0][1], theta[1])),
        h.add(h.multiply(q[1][0], theta[0]), h.multiply(q[1][1], theta[1]))};
    Apfloat quadratic = h.add(h.multiply(theta[0], qTheta[0]), h.multiply(theta[1], qTheta[1]));
    return h.add(y0, h.add(linear, h.multiply(half, quadratic)));
  }

  private static Apfloat max(Apfloat x, Apfloat y) {
    return x.compareTo(y) >= 0 ? x : y;
  }
}
