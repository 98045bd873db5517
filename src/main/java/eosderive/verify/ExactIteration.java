package eosderive.verify;

import java.math.BigInteger;

import edu.jas.arith.BigRational;

import org.apfloat.Apint;
import org.apfloat.Aprational;

/**
 * Exact gradient descent steps of the two-parameter model in Q's eigenbasis, in rational
 * arithmetic: the route that the derived (z, T) maps are checked against. It uses only the model
 * definition: T(k) = u + lam^k v with eigen-weights u, v, and per eigen-component the update
 * u' = u (1 - z)^2, v' = v (1 - lam z)^2, z' = z - z T(0) + z^2 T(1) / 2.
 */
final class ExactIteration {

  private ExactIteration() {}

  /** A state (z, u, v) with its parameter lam. */
  record State(Aprational z, Aprational u, Aprational v, Aprational lam) {

    Aprational sharpness() {
      return u.add(v);
    }

    State next() {
      Aprational one = Aprational.ONE;
      Aprational firstMoment = u.add(lam.multiply(v));
      Aprational zNext = z.subtract(z.multiply(sharpness()))
          .add(z.multiply(z).multiply(firstMoment).divide(new Apint(2)));
      Aprational uFactor = one.subtract(z);
      Aprational vFactor = one.subtract(lam.multiply(z));
      return new State(zNext, u.multiply(uFactor).multiply(uFactor),
          v.multiply(vFactor).multiply(vFactor), lam);
    }
  }

  /**
   * Solves the definitions u + v = T and u + v / lam = Et + 2z for the eigen-weights by
   * Cramer's rule, exactly.
   */
  static State start(Aprational z, Aprational t, Aprational lam, Aprational et) {
    Aprational tMinus1 = et.add(z.multiply(new Apint(2)));
    Aprational inverseLam = Aprational.ONE.divide(lam);
    Aprational determinant = inverseLam.subtract(Aprational.ONE);
    Aprational u = t.multiply(inverseLam).subtract(tMinus1).divide(determinant);
    Aprational v = tMinus1.subtract(t).divide(determinant);
    return new State(z, u, v, lam);
  }

  static Aprational of(BigRational r) {
    return new Aprational(new Apint(r.numerator()), new Apint(r.denominator()));
  }

  static BigRational toBigRational(Aprational r) {
    BigInteger numerator = r.numerator().toBigInteger();
    BigInteger denominator = r.denominator().toBigInteger();
    return new BigRational(numerator).divide(new BigRational(denominator));
  }
}
