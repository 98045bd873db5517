package eosderive.numeric;

import java.math.BigDecimal;
import java.math.MathContext;

import org.apfloat.Aprational;

/**
 * The one-step map in IEEE double precision together with a running componentwise bound
 * (Eu, Ev, Ez) on the forward error |x_computed - x_exact| of the orbit of the exact map.
 *
 * <p><b>The bound.</b> Write x = (u, v, z) for the exact state at step t and x^ for the computed
 * one, with |x^ - x| &lt;= E componentwise. By the mean value theorem F(x^) - F(x) = J(xi)(x^ - x)
 * for some xi in the box B = [x^ - E, x^ + E], so
 *
 * <pre>
 *   E' = sup_B |J| E + r,
 * </pre>
 *
 * where r bounds the rounding of this step. The entries of J are polynomials, and their sup over
 * B is bounded by evaluating them with |x^| + E in place of every factor:
 *
 * <pre>
 *   |dz'/dz| = |1 - T + z T(1)|       &lt;= |1 - T^ + z^ T(1)^| + Eu + Ev + |z^| (Eu + Ev)
 *                                        + Ez (|T(1)^| + Eu + Ev)
 *   |dz'/du| = |z - z^2/2|             &lt;= a + a^2 / 2,        a = |z^| + Ez
 *   |dz'/dv| = |z + eps z^2 / 2|       &lt;= a + eps a^2 / 2
 *   |du'/du| = (1 - z)^2               &lt;= (|1 - z^| + Ez)^2
 *   |du'/dz| = 2 u |1 - z|             &lt;= 2 (u^ + Eu)(|1 - z^| + Ez)
 *   |dv'/dv| = (1 + eps z)^2           &lt;= (|1 + eps z^| + eps Ez)^2
 *   |dv'/dz| = 2 eps v |1 + eps z|     &lt;= 2 eps (v^ + Ev)(|1 + eps z^| + eps Ez)
 * </pre>
 *
 * <p>The rounding r follows the standard model |fl(a op b) - a op b| &lt;= 2^-53 |a op b|: with
 * gamma_n = n 2^-53 / (1 - n 2^-53), r_z &lt;= gamma_6 (|z| + |z| T + z^2 (u + eps v) / 2),
 * r_u &lt;= gamma_4 u (1 + |z|)^2 and r_v &lt;= gamma_5 v (1 + eps |z|)^2, plus the terms from
 * rounding eps itself to a double (relative error 2^-53). The new bound E' is computed in
 * double and then multiplied by 1 + 2^-40, which covers the rounding of its own few dozen
 * operations. The start is rounded from exact rationals, so E starts at 2^-52 |x|.
 *
 * <p>The bound is rigorous but pessimistic wherever the true error is damped only by sign
 * cancellation: in the edge-of-stability phase z alternates in sign and the componentwise bound
 * grows like exp(c Sum |z_t|), far faster than the real error. Runs that converge well below the
 * edge keep a small bound; edge runs exceed any useful allowance and are escalated by
 * {@link HybridRunner}.
 */
final class DoubleOrbit {

  /** Unit roundoff 2^-53 of IEEE double. */
  static final double UNIT_ROUNDOFF = 0x1p-53;

  private static final double BOUND_INFLATION = 1 + 0x1p-40;
  private static final double GAMMA_4 = gamma(4);
  private static final double GAMMA_5 = gamma(5);
  private static final double GAMMA_6 = gamma(6);

  private final double epsilon;
  private double u;
  private double v;
  private double z;
  private double errorU;
  private double errorV;
  private double errorZ;

  DoubleOrbit(Start start) {
    this.epsilon = toDouble(start.epsilon());
    this.u = toDouble(start.u0());
    this.v = toDouble(start.v0());
    this.z = toDouble(start.z0());
    this.errorU = 2 * UNIT_ROUNDOFF * Math.abs(u);
    this.errorV = 2 * UNIT_ROUNDOFF * Math.abs(v);
    this.errorZ = 2 * UNIT_ROUNDOFF * Math.abs(z);
  }

  private DoubleOrbit(DoubleOrbit other) {
    this.epsilon = other.epsilon;
    this.u = other.u;
    this.v = other.v;
    this.z = other.z;
    this.errorU = other.errorU;
    this.errorV = other.errorV;
    this.errorZ = other.errorZ;
  }

  /** Returns an independent copy of this orbit's state and bound. */
  DoubleOrbit copy() {
    return new DoubleOrbit(this);
  }

  /** Applies one step of the map and updates the error bound. */
  void step() {
    double sharpness = u + v;
    double firstMoment = u - epsilon * v;
    double zNext = z - z * sharpness + 0.5 * z * z * firstMoment;
    double uFactor = 1 - z;
    double vFactor = 1 + epsilon * z;
    double uNext = u * (uFactor * uFactor);
    double vNext = v * (vFactor * vFactor);

    double a = Math.abs(z) + errorZ;
    double au = Math.abs(u) + errorU;
    double av = Math.abs(v) + errorV;
    double errorT = errorU + errorV;
    double errorFirst = errorU + epsilon * errorV;
    double dzdz = Math.abs(1 - sharpness + z * firstMoment) + errorT + Math.abs(z) * errorFirst
        + errorZ * (Math.abs(firstMoment) + errorFirst);
    double dzdu = a + 0.5 * a * a;
    double dzdv = a + 0.5 * epsilon * a * a;
    double uSpan = Math.abs(uFactor) + errorZ;
    double vSpan = Math.abs(vFactor) + epsilon * errorZ;
    double absZ = Math.abs(z);
    double roundZ = GAMMA_6 * (absZ + absZ * Math.abs(sharpness)
        + 0.5 * z * z * (Math.abs(u) + epsilon * Math.abs(v)))
        + UNIT_ROUNDOFF * 0.5 * z * z * epsilon * Math.abs(v);
    double roundU = GAMMA_4 * Math.abs(uNext);
    double roundV = GAMMA_5 * Math.abs(vNext) + 3 * UNIT_ROUNDOFF * Math.abs(v) * absZ * epsilon
        * (1 + epsilon * absZ);

    double nextErrorZ = dzdz * errorZ + dzdu * errorU + dzdv * errorV + roundZ;
    double nextErrorU = uSpan * uSpan * errorU + 2 * au * uSpan * errorZ + roundU;
    double nextErrorV = vSpan * vSpan * errorV + 2 * epsilon * av * vSpan * errorZ + roundV;
    errorZ = nextErrorZ * BOUND_INFLATION;
    errorU = nextErrorU * BOUND_INFLATION;
    errorV = nextErrorV * BOUND_INFLATION;
    u = uNext;
    v = vNext;
    z = zNext;
  }

  double u() {
    return u;
  }

  double v() {
    return v;
  }

  double z() {
    return z;
  }

  double sharpness() {
    return u + v;
  }

  double epsilon() {
    return epsilon;
  }

  /** Bound on |u^ - u| + |v^ - v|, which bounds the error of T = u + v before its own rounding. */
  double errorSharpness() {
    return errorU + errorV;
  }

  double errorZ() {
    return errorZ;
  }

  double errorU() {
    return errorU;
  }

  double errorV() {
    return errorV;
  }

  /** Rounds an exact rational to the nearest double via a 34-digit decimal (two roundings). */
  static double toDouble(Aprational x) {
    BigDecimal numerator = new BigDecimal(x.numerator().toBigInteger());
    BigDecimal denominator = new BigDecimal(x.denominator().toBigInteger());
    return numerator.divide(denominator, MathContext.DECIMAL128).doubleValue();
  }

  private static double gamma(int n) {
    return n * UNIT_ROUNDOFF / (1 - n * UNIT_ROUNDOFF);
  }
}
