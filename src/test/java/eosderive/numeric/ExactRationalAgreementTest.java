package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.apfloat.Apfloat;
import org.apfloat.Apint;
import org.apfloat.Aprational;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the first steps of the Apfloat map with the same map in exact rational arithmetic.
 *
 * <p>Tolerance: with unit roundoff r = 10^(1 - digits), the computed and exact states differ by
 * at most D_k per component, where D_0 = r max(|u0|, |v0|, |z0|) (truncated inputs) and
 * D_(k+1) = J_k D_k + 12 r S_k. Here J_k is the largest absolute row sum of the map's Jacobian
 * at the exact state and S_k = (1 + |u| + |v| + |z|)^3 bounds every intermediate product of one
 * step, each of the at most 12 truncated operations on a component adding r times its
 * magnitude. This is a first-order bound: the neglected terms are of order D_k^2.
 */
class ExactRationalAgreementTest {

  private static final int STEPS = 6;
  private static final Aprational ONE = new Aprational(new Apint(1));
  private static final Aprational TWO = new Aprational(new Apint(2));

  private record ExactState(Aprational u, Aprational v, Aprational z) {}

  @ParameterizedTest
  @ValueSource(ints = {30, 60})
  void firstStepsAgreeWithExactRationals(int digits) {
    Start start = Start.parse("-3/10", "19/10", "1/10", "0");
    Aprational eps = start.epsilon();
    Precision precision = Precision.ofDigits(digits);
    FixedPrecisionApfloatHelper h = precision.helper();
    // The error bound itself needs only a few digits.
    Precision boundPrecision = Precision.ofDigits(20);
    FixedPrecisionApfloatHelper b = boundPrecision.helper();
    Apfloat r = ulp(boundPrecision, digits);

    OneStepMap map = new OneStepMap(precision, precision.of(eps));
    ModelState computed = new ModelState(
        precision.of(start.u0()), precision.of(start.v0()), precision.of(start.z0()));
    ExactState exact = new ExactState(start.u0(), start.v0(), start.z0());
    Apfloat bound = b.multiply(r, maxAbs(boundPrecision, exact));

    for (int k = 1; k <= STEPS; k++) {
      Apfloat jacobian = jacobianRowSum(boundPrecision, exact, eps);
      Apfloat scale = b.pow(b.add(boundPrecision.of(1), sumAbs(boundPrecision, exact)), 3);
      bound = b.add(b.multiply(jacobian, bound), b.multiply(b.multiply(boundPrecision.of(12), r),
          scale));
      computed = map.next(computed);
      exact = exactStep(exact, eps);

      assertThat(error(h, computed.u(), precision.of(exact.u())))
          .as("u after %d steps at %d digits", k, digits).isLessThanOrEqualTo(bound);
      assertThat(error(h, computed.v(), precision.of(exact.v())))
          .as("v after %d steps at %d digits", k, digits).isLessThanOrEqualTo(bound);
      assertThat(error(h, computed.z(), precision.of(exact.z())))
          .as("z after %d steps at %d digits", k, digits).isLessThanOrEqualTo(bound);
    }
    // The bound must be far below double precision, or it would not catch a silent loss of
    // digits. After six steps it is 1.48e-23 at 30 digits and 1.48e-53 at 60 digits. The
    // measured differences are 0 at the declared precision. Apfloat 1.15.0 keeps the mantissa
    // in whole storage words and computes with the extra digits those words contain, so its
    // results are usually more accurate than the bound assumes.
    assertThat(bound).isLessThan(boundPrecision.powerOfTen(10L - digits));
  }

  private static Apfloat ulp(Precision boundPrecision, int digits) {
    return boundPrecision.powerOfTen(1L - digits);
  }

  private static Apfloat error(FixedPrecisionApfloatHelper h, Apfloat computed, Apfloat exact) {
    return h.abs(h.subtract(computed, exact));
  }

  private static ExactState exactStep(ExactState s, Aprational eps) {
    Aprational sharpness = s.u().add(s.v());
    Aprational firstMoment = s.u().subtract(eps.multiply(s.v()));
    Aprational z = s.z();
    Aprational zNext = z.subtract(z.multiply(sharpness))
        .add(z.multiply(z).multiply(firstMoment).divide(TWO));
    Aprational uFactor = ONE.subtract(z);
    Aprational vFactor = ONE.add(eps.multiply(z));
    return new ExactState(s.u().multiply(uFactor).multiply(uFactor),
        s.v().multiply(vFactor).multiply(vFactor), zNext);
  }

  /** Largest absolute row sum of the Jacobian of (u', v', z') with respect to (u, v, z). */
  private static Apfloat jacobianRowSum(Precision p, ExactState s, Aprational eps) {
    Aprational u = s.u();
    Aprational v = s.v();
    Aprational z = s.z();
    Aprational uFactor = ONE.subtract(z);
    Aprational vFactor = ONE.add(eps.multiply(z));
    Aprational uRow = abs(uFactor.multiply(uFactor)).add(abs(TWO.multiply(u).multiply(uFactor)));
    Aprational vRow = abs(vFactor.multiply(vFactor))
        .add(abs(TWO.multiply(eps).multiply(v).multiply(vFactor)));
    Aprational halfZSquared = z.multiply(z).divide(TWO);
    Aprational dzDu = z.negate().add(halfZSquared);
    Aprational dzDv = z.negate().subtract(eps.multiply(halfZSquared));
    Aprational dzDz = ONE.subtract(u.add(v)).add(z.multiply(u.subtract(eps.multiply(v))));
    Aprational zRow = abs(dzDu).add(abs(dzDv)).add(abs(dzDz));
    Aprational max = uRow.compareTo(vRow) >= 0 ? uRow : vRow;
    max = max.compareTo(zRow) >= 0 ? max : zRow;
    return p.of(max);
  }

  private static Apfloat maxAbs(Precision p, ExactState s) {
    Aprational max = abs(s.u());
    max = max.compareTo(abs(s.v())) >= 0 ? max : abs(s.v());
    max = max.compareTo(abs(s.z())) >= 0 ? max : abs(s.z());
    return p.of(max);
  }

  private static Apfloat sumAbs(Precision p, ExactState s) {
    return p.of(abs(s.u()).add(abs(s.v())).add(abs(s.z())));
  }

  private static Aprational abs(Aprational x) {
    return x.signum() < 0 ? x.negate() : x;
  }
}
