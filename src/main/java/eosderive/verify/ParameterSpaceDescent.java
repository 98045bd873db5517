package eosderive.verify;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Gradient descent on the two-parameter model itself, in rescaled units (eta = 1), with
 * Q = diag(1, lam): the state is the residual z and the Jacobian J = (J1, J2), and one step is
 * z' = z - z J.J + 1/2 z^2 J.Q.J and J' = J - z J Q, the model's update before any moment
 * closure.
 *
 * <p>It uses neither the moment closure nor the conserved quantity, so it checks the closed map
 * (z, T) -> (z', T') and everything derived from it by an independent route. The sharpness is
 * T = J.J and the conserved quantity is Et = J.Q^(-1).J - 2z.
 */
public final class ParameterSpaceDescent {

  private final FixedPrecisionApfloatHelper helper;
  private final Apfloat lam;
  private Apfloat z;
  private Apfloat j1;
  private Apfloat j2;
  private long steps;

  private ParameterSpaceDescent(
      FixedPrecisionApfloatHelper helper, Apfloat lam, Apfloat z, Apfloat j1, Apfloat j2) {
    this.helper = helper;
    this.lam = lam;
    this.z = z;
    this.j1 = j1;
    this.j2 = j2;
  }

  /**
   * Starts at residual z0 and sharpness T0 with Q = diag(1, -eps) and conserved quantity Et:
   * J2^2 = eps (T0 - Et - 2 z0) / (1 + eps) and J1^2 = T0 - J2^2, both taken positive.
   *
   * @throws IllegalArgumentException when no real J gives these values
   */
  public static ParameterSpaceDescent start(FixedPrecisionApfloatHelper helper, Apfloat eps,
      Apfloat et, Apfloat z0, Apfloat t0) {
    Apfloat one = new Apfloat(1, helper.precision());
    Apfloat free = helper.subtract(helper.subtract(t0, et), helper.multiply(new Apfloat(2), z0));
    Apfloat j2Squared = helper.divide(helper.multiply(eps, free), helper.add(one, eps));
    Apfloat j1Squared = helper.subtract(t0, j2Squared);
    if (j2Squared.signum() < 0 || j1Squared.signum() < 0) {
      throw new IllegalArgumentException("no real Jacobian has z0 = " + z0 + ", T0 = " + t0
          + " and Et = " + et + " at eps = " + eps);
    }
    return new ParameterSpaceDescent(helper, helper.negate(eps), z0,
        helper.sqrt(j1Squared), helper.sqrt(j2Squared));
  }

  /** Takes one gradient descent step. */
  public void step() {
    Apfloat a = helper.multiply(j1, j1);
    Apfloat b = helper.multiply(j2, j2);
    Apfloat t = helper.add(a, b);
    Apfloat t1 = helper.add(a, helper.multiply(lam, b));
    Apfloat zz = helper.multiply(z, z);
    Apfloat zNext = helper.add(helper.subtract(z, helper.multiply(z, t)),
        helper.divide(helper.multiply(zz, t1), new Apfloat(2)));
    j1 = helper.subtract(j1, helper.multiply(z, j1));
    j2 = helper.subtract(j2, helper.multiply(helper.multiply(z, lam), j2));
    z = zNext;
    steps++;
  }

  public Apfloat z() {
    return z;
  }

  /** T = T(0) = J.J. */
  public Apfloat sharpness() {
    return helper.add(helper.multiply(j1, j1), helper.multiply(j2, j2));
  }

  /** Et = J.Q^(-1).J - 2 z. */
  public Apfloat conserved() {
    Apfloat inverse = helper.divide(helper.multiply(j2, j2), lam);
    return helper.subtract(helper.add(helper.multiply(j1, j1), inverse),
        helper.multiply(new Apfloat(2), z));
  }

  public long steps() {
    return steps;
  }
}
