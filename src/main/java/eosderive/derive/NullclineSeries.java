package eosderive.derive;

import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.symbolic.BivariatePolynomial;
import eosderive.symbolic.Localized;
import eosderive.symbolic.ImplicitSeriesSolver;
import eosderive.symbolic.PolynomialRing;
import eosderive.symbolic.TruncatedSeries;

/**
 * The two-step nullclines through the edge point (z, T) = (0, 2) as power series
 * T = 2 + a_1 z + ... + a_N z^N (paper, eqs 73-77).
 *
 * <p>The divided two-step equations F_z = (z_(t+2) - z_t)/z_t and F_T = (T_(t+2) - T_t)/z_t are
 * shifted to T = 2 + w, so the edge point is the origin, and solved for w(z) by the implicit
 * function theorem over Q(eps, Et), order by order. The verifier checks the result against
 * Newton's method on series at rational parameter points.
 */
public final class NullclineSeries {

  /** The equation of one nullcline, F(z, 2 + w), and its series solution. */
  public record Branch(BivariatePolynomial equation, TruncatedSeries shift) {

    /** dF/dz at the edge point. */
    public Localized derivativeZ() {
      return equation.coefficient(1, 0);
    }

    /** dF/dT at the edge point. */
    public Localized derivativeT() {
      return equation.coefficient(0, 1);
    }
  }

  private final int order;
  private final Branch zNullcline;
  private final Branch tNullcline;

  private NullclineSeries(int order, Branch zNullcline, Branch tNullcline) {
    this.order = order;
    this.zNullcline = zNullcline;
    this.tNullcline = tNullcline;
  }

  /** Derives both nullcline series to order {@code order} in z. */
  public static NullclineSeries derive(TwoStepMap twoStep, int order) {
    return new NullclineSeries(
        order,
        solve(Nullclines.divided(twoStep.zNext2(), "z"), order),
        solve(Nullclines.divided(twoStep.tNext2(), "T"), order));
  }

  static Branch solve(GenPolynomial<BigRational> divided, int order) {
    PolynomialRing ring = Symbols.RING;
    GenPolynomial<BigRational> shifted =
        ring.substitute(divided, Map.of("T", ring.variable("w").sum(ring.constant(2, 1))));
    BivariatePolynomial f = BivariatePolynomial.of(ring, shifted, "z", "w", Symbols.EPS_PARAMETERS,
        order);
    return new Branch(f, ImplicitSeriesSolver.solveOrderByOrder(f, order));
  }

  public int order() {
    return order;
  }

  /** f_(z,eps): where z_(t+2) = z_t. */
  public Branch zNullcline() {
    return zNullcline;
  }

  /** f_(T,eps): where T_(t+2) = T_t. */
  public Branch tNullcline() {
    return tNullcline;
  }

  /** f_Delta = f_(T,eps) - f_(z,eps), coefficient by coefficient. */
  public TruncatedSeries difference() {
    return tNullcline.shift().subtract(zNullcline.shift());
  }
}
