package eosderive.derive;

import java.util.LinkedHashMap;
import java.util.Map;

import eosderive.symbolic.PolynomialRing;
import eosderive.symbolic.RationalFunctionField;

/**
 * The symbols every derivation shares, and the rings built on them. Result files use these
 * names: z for the rescaled residual, T for the sharpness T(0), eps, lam, Et and y.
 */
public final class Symbols {

  /** Q[z, T, y, w, eps, lam, Et]: every polynomial of the derivations lives here. */
  public static final PolynomialRing RING =
      new PolynomialRing("z", "T", "y", "w", "eps", "lam", "Et");

  /** Q[eps, Et]: the parameters of the edge-of-stability family. */
  public static final PolynomialRing EPS_PARAMETERS = new PolynomialRing("eps", "Et");

  /** Q(eps, Et, z): the field of the one-step nullclines T = f(z). */
  public static final RationalFunctionField EPS_Z_FIELD =
      new RationalFunctionField(new PolynomialRing("z", "eps", "Et"));

  private Symbols() {}

  /** Meaning of each symbol, written into every result file. */
  public static Map<String, String> meanings() {
    Map<String, String> meanings = new LinkedHashMap<>();
    meanings.put("z", "rescaled residual z~ = eta*z");
    meanings.put("T", "rescaled sharpness T(0) = eta*J.J^T = eta*lambda_max");
    meanings.put("eps", "epsilon: Q has eigenvalues {1, -eps}, 0 < eps <= 1");
    meanings.put("lam", "lambda: the second eigenvalue of Q, -1 <= lam <= 1");
    meanings.put("Et", "conserved quantity E~ = T(-1) - 2*z~");
    meanings.put("y", "distance from the two-step z-nullcline: y = T - f_z(z)");
    return meanings;
  }
}
