package eosderive.numeric;

import java.util.Optional;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * A bound on the remaining change |T_inf - T_t| of the sharpness after the current state, valid
 * for the exact one-step map started from that state.
 *
 * <p>Write a = |z_t|, T = T_t, u = u_t and choose the margin D = min(T, 2 - T) / 2. While
 * T_s stays in [T - D, T + D], the one-step multiplier m_s = z_(s+1) / z_s = 1 - T_s + z_s
 * T(1)_s / 2 lies in [1 - (T + D)(1 + a/2), 1 - (T - D) + a (T + D) / 2], because |T(1)| =
 * |u - eps v| <= u + v = T for 0 < eps <= 1. Let q < 1 be the largest |m| on that interval.
 * Then |z_s| <= a q^(s-t). If the interval is negative, z alternates in sign with decreasing
 * magnitude, so every partial sum of z_s lies between 0 and z_t and S1 = a bounds it; otherwise
 * S1 = a / (1 - q). The sum of z_s^2 is at most S2 = a^2 / (1 - q^2).
 *
 * <p>Since u_s = u Prod (1 - z_k)^2 and |log(1 - z) + z| <= z^2 / (2 (1 - a)) for |z| <= a,
 * |log(u_s / u)| <= L = 2 S1 + S2 / (1 - a), so |u_s - u| <= u (e^L - 1) <= u L e^L. The
 * conserved quantity Et = u - v/eps - 2z gives v_s - v = eps (u_s - u - 2 (z_s - z_t)), hence
 *
 * <pre>
 *   |T_s - T| <= (1 + eps) u L e^L + 2 eps |z_s - z_t|.
 * </pre>
 *
 * <p>With |z_s - z_t| <= 2a this is at most (1 + eps) u L e^L + 4 eps a. If that number is at
 * most D, induction on s shows T_s never leaves [T - D, T + D], which closes the argument. In
 * the limit z_s = 0, so
 *
 * <pre>
 *   B = (1 + eps) u L e^L + 2 eps a   bounds   |T_inf - T_t|.
 * </pre>
 *
 * <p>Near the edge (T close to 2 - eps/2, a much smaller than eps) B is close to 4a. The bound
 * is O(|z|), not O(z^2): the two-step change T_(t+2) - T_t is 2 z y T(1) + O(z^2) with
 * y = T - 2, and summing it over the geometric decay of z by (1 + 2y) per two steps gives a
 * total of order |z| T(1) / T. The bound covers the exact map only: rounding errors of the
 * remaining steps are not included, and B itself is evaluated with truncated arithmetic
 * (relative error of a few units in the last digit).
 */
public final class TailBound {

  private TailBound() {}

  /**
   * Returns B for {@code state} at eigenvalue -{@code epsilon}, or empty when a hypothesis fails:
   * T outside (0, 2), |z| >= 1/2, q >= 1, or the self-consistency check above.
   */
  public static Optional<Apfloat> of(Precision precision, Apfloat epsilon, ModelState state) {
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat one = precision.of(1);
    Apfloat two = precision.of(2);
    Apfloat half = h.divide(one, two);
    Apfloat a = h.abs(state.z());
    Apfloat sharpness = state.sharpness(h);
    if (a.compareTo(half) >= 0 || sharpness.signum() <= 0 || sharpness.compareTo(two) >= 0) {
      return Optional.empty();
    }

    Apfloat margin = h.multiply(half, min(sharpness, h.subtract(two, sharpness)));
    Apfloat high = h.add(sharpness, margin);
    Apfloat low = h.subtract(sharpness, margin);
    Apfloat quadraticSlack = h.multiply(h.multiply(half, a), high);
    Apfloat multiplierLow = h.subtract(h.subtract(one, high), quadraticSlack);
    Apfloat multiplierHigh = h.add(h.subtract(one, low), quadraticSlack);
    Apfloat q = max(h.abs(multiplierLow), h.abs(multiplierHigh));
    if (q.compareTo(one) >= 0) {
      return Optional.empty();
    }

    Apfloat sumBound = multiplierHigh.signum() < 0 ? a : h.divide(a, h.subtract(one, q));
    Apfloat squareSumBound = h.divide(h.multiply(a, a), h.subtract(one, h.multiply(q, q)));
    Apfloat logBound = h.add(h.multiply(two, sumBound),
        h.divide(squareSumBound, h.subtract(one, a)));
    Apfloat uChange = h.multiply(h.multiply(h.add(one, epsilon), state.u()),
        h.multiply(logBound, h.exp(logBound)));

    Apfloat epsA = h.multiply(epsilon, a);
    Apfloat excursion = h.add(uChange, h.multiply(precision.of(4), epsA));
    if (excursion.compareTo(margin) > 0) {
      return Optional.empty();
    }
    return Optional.of(h.add(uChange, h.multiply(two, epsA)));
  }

  /**
   * Returns a cheap lower bound on B, (2 (1 + eps) u + 2 eps) |z|, used to skip the full
   * evaluation (which calls exp) while B cannot yet be below the tolerance.
   */
  static Apfloat lowerEstimate(Precision precision, Apfloat epsilon, ModelState state) {
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat onePlusEps = h.add(precision.of(1), epsilon);
    Apfloat coefficient = h.add(h.multiply(onePlusEps, state.u()), epsilon);
    return h.multiply(h.add(coefficient, coefficient), h.abs(state.z()));
  }

  private static Apfloat min(Apfloat x, Apfloat y) {
    return x.compareTo(y) <= 0 ? x : y;
  }

  private static Apfloat max(Apfloat x, Apfloat y) {
    return x.compareTo(y) >= 0 ? x : y;
  }
}
