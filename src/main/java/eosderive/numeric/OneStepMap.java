package eosderive.numeric;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * One exact gradient-descent step of the model, per eigen-component:
 *
 * <pre>
 *   u' = u (1 - z)^2,   v' = v (1 + eps z)^2,   z' = z - z (u + v) + z^2 (u - eps v) / 2.
 * </pre>
 *
 * <p>This is z' = z - z T(0) + z^2 T(1) / 2 and T'(k) = T(k) - 2z T(k+1) + z^2 T(k+2) written in
 * Q's eigenbasis with lambda = -eps. Squares keep u and v non-negative in every step, so a
 * physical start stays physical. Every operation is truncated to the helper's precision.
 */
public final class OneStepMap {

  private final FixedPrecisionApfloatHelper helper;
  private final Apfloat epsilon;
  private final Apfloat one;
  private final Apfloat two;

  public OneStepMap(Precision precision, Apfloat epsilon) {
    this.helper = precision.helper();
    this.epsilon = epsilon;
    this.one = precision.of(1);
    this.two = precision.of(2);
  }

  public ModelState next(ModelState state) {
    Apfloat u = state.u();
    Apfloat v = state.v();
    Apfloat z = state.z();
    Apfloat sharpness = helper.add(u, v);
    Apfloat firstMoment = helper.subtract(u, helper.multiply(epsilon, v));
    Apfloat zSquared = helper.multiply(z, z);
    Apfloat quadratic = helper.divide(helper.multiply(zSquared, firstMoment), two);
    Apfloat zNext = helper.add(helper.subtract(z, helper.multiply(z, sharpness)), quadratic);
    Apfloat uFactor = helper.subtract(one, z);
    Apfloat vFactor = helper.add(one, helper.multiply(epsilon, z));
    Apfloat uNext = helper.multiply(u, helper.multiply(uFactor, uFactor));
    Apfloat vNext = helper.multiply(v, helper.multiply(vFactor, vFactor));
    return new ModelState(uNext, vNext, zNext);
  }
}
