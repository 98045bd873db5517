package eosderive.numeric;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * The fiber of a fixed point (0, S) of the one-step map: the curve of states whose orbits
 * converge to (0, S), written as the graph T = S + psi(z) with psi(z) = Sum_{n&gt;=1} psi_n z^n.
 *
 * <p><b>Derivation.</b> With Et fixed the state is (z, T), and the moments are linear in it:
 * T(1) = (1 - eps) T + eps (Et + 2z) and T(2) = (1 - eps + eps^2) T + eps (1 - eps)(Et + 2z).
 * The line z = 0 consists of fixed points. At (0, S) the Jacobian of (z, T) -&gt; (z', T') is
 * [[m0, 0], [-2 T(1), 1]] with m0 = 1 - S, so for 0 &lt; S &lt; 2 the point has a strong stable
 * manifold tangent to the eigenvector of m0, analytic because m0^n != 1 for all n &gt;= 1
 * (|m0| &lt; 1). Every orbit on it converges to (0, S), so T_inf = S on the whole curve. The
 * curve is invariant: with T = S + psi(z), m(z) = 1 - T + z T(1) / 2 and z' = z m(z),
 *
 * <pre>
 *   psi(z m(z)) = psi(z) - 2 z T(1) + z^2 T(2).
 * </pre>
 *
 * <p>Comparing coefficients of z^n gives, for n &gt;= 1,
 *
 * <pre>
 *   psi_n (m0^n - 1) = R_n - Sum_{k=1}^{n-1} psi_k [m(z)^k]_{n-k},
 *   R_n = -2 [T(1)]_{n-1} + [T(2)]_{n-2},
 * </pre>
 *
 * where [f]_j is the coefficient of z^j. The right side involves only psi_1 .. psi_(n-1),
 * because m_j = -psi_j + [T(1)]_(j-1) / 2. The coefficients of m^k come from J. C. P. Miller's
 * recurrence P_i = Sum_{l=1}^{i} ((k + 1) l - i) m_l P_(i-l) / (i m0), so order N costs
 * O(N^3) operations. The first terms are psi_1 = 2 T(1)_0 / S, about 2 near the edge.
 *
 * <p>For even n the divisor m0^n - 1 is close to -n eps / 2 near the edge, and the computed
 * coefficients grow like eps^(-n/2) from n = 6 on (for eps = 10^-4, psi_6 is about -1.3e4 and
 * psi_8 about -1.3e8). The series therefore converges only for |z| below roughly sqrt(eps); an
 * estimate, read off the computed coefficients, not a proved radius.
 */
public final class FiberSeries {

  private final Apfloat[] coefficients;
  private final FixedPrecisionApfloatHelper helper;

  private FiberSeries(Apfloat[] coefficients, FixedPrecisionApfloatHelper helper) {
    this.coefficients = coefficients;
    this.helper = helper;
  }

  /**
   * Computes psi_1 .. psi_order for the fixed point (0, S).
   *
   * @throws IllegalArgumentException if S is outside (0, 2) or order is outside [1, 400]
   */
  public static FiberSeries compute(Precision precision, Apfloat s, Apfloat epsilon, Apfloat et,
      int order) {
    FixedPrecisionApfloatHelper h = precision.helper();
    if (s.signum() <= 0 || s.compareTo(precision.of(2)) >= 0) {
      throw new IllegalArgumentException("limit sharpness S = " + Display.brief(s) + " is "
          + "outside (0, 2), where (0, S) is not an attracting fixed point; iterate further");
    }
    if (order < 1 || order > 400) {
      throw new IllegalArgumentException("series order " + order + " is outside [1, 400]; "
          + "pass an order such as 60");
    }
    Apfloat one = precision.of(1);
    Apfloat two = precision.of(2);
    Apfloat firstScale = h.subtract(one, epsilon);
    Apfloat secondScale = h.add(firstScale, h.multiply(epsilon, epsilon));
    Apfloat m0 = h.subtract(one, s);
    Apfloat[] psi = new Apfloat[order + 1];
    Apfloat[] m = new Apfloat[order + 1];
    Apfloat[] first = new Apfloat[order + 1];
    Apfloat[] second = new Apfloat[order + 1];
    Apfloat[][] powers = new Apfloat[order + 1][];
    psi[0] = precision.of(0);
    m[0] = m0;
    first[0] = h.add(h.multiply(firstScale, s), h.multiply(epsilon, et));
    second[0] = h.add(h.multiply(secondScale, s), h.multiply(h.multiply(epsilon, firstScale), et));
    Apfloat m0Power = one;
    for (int n = 1; n <= order; n++) {
      m0Power = h.multiply(m0Power, m0);
      if (n >= 2) {
        int j = n - 1;
        m[j] = h.add(h.negate(psi[j]), h.divide(first[j - 1], two));
      }
      Apfloat sum = precision.of(0);
      for (int k = 1; k < n; k++) {
        if (powers[k] == null) {
          powers[k] = new Apfloat[order + 1];
          powers[k][0] = h.pow(m0, k);
        }
        int i = n - k;
        Apfloat acc = precision.of(0);
        for (int l = 1; l <= i; l++) {
          long weight = (long) (k + 1) * l - i;
          acc = h.add(acc, h.multiply(precision.of(weight), h.multiply(m[l], powers[k][i - l])));
        }
        powers[k][i] = h.divide(acc, h.multiply(precision.of(i), m0));
        sum = h.add(sum, h.multiply(psi[k], powers[k][i]));
      }
      Apfloat rhs = h.multiply(precision.of(-2), first[n - 1]);
      if (n >= 2) {
        rhs = h.add(rhs, second[n - 2]);
      }
      psi[n] = h.divide(h.subtract(rhs, sum), h.subtract(m0Power, one));
      first[n] = h.multiply(firstScale, psi[n]);
      second[n] = h.multiply(secondScale, psi[n]);
      if (n == 1) {
        first[1] = h.add(first[1], h.multiply(two, epsilon));
        second[1] = h.add(second[1], h.multiply(h.multiply(two, epsilon), firstScale));
      }
    }
    return new FiberSeries(psi, h);
  }

  /** Returns the highest order computed. */
  public int order() {
    return coefficients.length - 1;
  }

  /** Returns psi_n for 1 &lt;= n &lt;= order. */
  public Apfloat coefficient(int n) {
    return coefficients[n];
  }

  /** Returns psi(z) = Sum_{n=1}^{order} psi_n z^n (Horner's scheme). */
  public Apfloat evaluate(Apfloat z) {
    Apfloat sum = coefficients[coefficients.length - 1];
    for (int n = coefficients.length - 2; n >= 1; n--) {
      sum = helper.add(coefficients[n], helper.multiply(sum, z));
    }
    return helper.multiply(sum, z);
  }

  /** Returns |psi_n z^n|, the size of the n-th term at {@code z}. */
  public Apfloat term(int n, Apfloat z) {
    return helper.abs(helper.multiply(coefficients[n], helper.pow(z, n)));
  }
}
