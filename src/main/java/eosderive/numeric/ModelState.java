package eosderive.numeric;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * The state of the model in Q's eigenbasis: eigen-weights u, v >= 0 and rescaled residual z.
 *
 * <p>With lambda = -eps the moments are T(k) = u + lambda^k v, so the sharpness is T = T(0) =
 * u + v and the conserved quantity is Et = T(-1) - 2z = u - v / eps - 2z.
 */
public record ModelState(Apfloat u, Apfloat v, Apfloat z) {

  /** Sharpness T = T(0) = u + v. */
  public Apfloat sharpness(FixedPrecisionApfloatHelper helper) {
    return helper.add(u, v);
  }

  /** Conserved quantity Et = u - v / eps - 2z for lambda = -eps. */
  public Apfloat et(FixedPrecisionApfloatHelper helper, Apfloat epsilon) {
    Apfloat twoZ = helper.add(z, z);
    return helper.subtract(helper.subtract(u, helper.divide(v, epsilon)), twoZ);
  }
}
