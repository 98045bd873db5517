package eosderive.numeric;

import java.util.Objects;

import org.apfloat.Apint;
import org.apfloat.Aprational;

/**
 * An exact start of the model: rescaled residual z0, sharpness T0 = T(0), the magnitude eps of
 * the second eigenvalue of Q (so lambda = -eps with 0 < eps <= 1) and the conserved quantity
 * Et = T(-1) - 2z.
 *
 * <p>The eigen-weights u0 = eta j1^2 and v0 = eta j2^2 in Q's eigenbasis follow exactly from
 * u + v = T0 and u + v/lambda = Et + 2 z0:
 *
 * <pre>
 *   v0 = eps (T0 - Et - 2 z0) / (1 + eps),   u0 = T0 - v0.
 * </pre>
 *
 * <p>Both are computed in rational arithmetic, so the physical-region test u0 >= 0 and v0 >= 0
 * is exact. All four inputs are exact rationals: build a start from strings with
 * {@link #parse}.
 */
public record Start(Aprational z0, Aprational sharpness0, Aprational epsilon, Aprational et) {

  private static final Aprational ONE = new Aprational(new Apint(1));
  private static final Aprational TWO = new Aprational(new Apint(2));

  /**
   * Validates the inputs.
   *
   * @throws IllegalArgumentException if eps is not in (0, 1]
   */
  public Start {
    Objects.requireNonNull(z0, "z0");
    Objects.requireNonNull(sharpness0, "sharpness0");
    Objects.requireNonNull(epsilon, "epsilon");
    Objects.requireNonNull(et, "et");
    if (epsilon.signum() <= 0 || epsilon.compareTo(ONE) > 0) {
      throw new IllegalArgumentException("epsilon = " + epsilon + " is outside (0, 1]; the "
          + "second eigenvalue of Q is lambda = -epsilon, so pass an epsilon such as 1/10");
    }
  }

  /**
   * Parses a start from exact decimal or rational strings such as "-0.3", "19/10", "1/100", "0".
   *
   * @throws IllegalArgumentException if a string is not a number or eps is not in (0, 1]
   */
  public static Start parse(String z0, String sharpness0, String epsilon, String et) {
    return new Start(ExactInput.parse(z0, "z0"), ExactInput.parse(sharpness0, "T0"),
        ExactInput.parse(epsilon, "epsilon"), ExactInput.parse(et, "Et"));
  }

  /** Eigen-weight v0 = eps (T0 - Et - 2 z0) / (1 + eps) along Q's eigenvalue -eps, exact. */
  public Aprational v0() {
    Aprational numerator = epsilon.multiply(sharpness0.subtract(et).subtract(TWO.multiply(z0)));
    return numerator.divide(ONE.add(epsilon));
  }

  /** Eigen-weight u0 = T0 - v0 along Q's eigenvalue 1, exact. */
  public Aprational u0() {
    return sharpness0.subtract(v0());
  }

  /** Returns whether u0 >= 0 and v0 >= 0, that is whether a real parameter vector has it. */
  public boolean isPhysical() {
    return u0().signum() >= 0 && v0().signum() >= 0;
  }

  @Override
  public String toString() {
    return "(z0=" + z0 + ", T0=" + sharpness0 + ", epsilon=" + epsilon + ", Et=" + et + ")";
  }
}
