package eosderive.highdim;

/**
 * The rescaling that removes η, and the dimensionless grid coordinates of the phase diagram.
 *
 * <p>Rescaling: with z̃ = η z, J̃ = √η J and Q̃ = Q, the gradient-descent map with step η becomes
 * the map with step 1, z̃' = z̃ − J̃J̃ᵀz̃ + ½ Q̃(J̃ᵀz̃, J̃ᵀz̃), J̃' = J̃ − Q̃(J̃ᵀz̃, ·), and the
 * rescaled NTK J̃J̃ᵀ = η JJᵀ has top eigenvalue ηλ_max. The map with step 1 is also invariant under
 * (z̃, Q̃) ↦ (z̃ / c, c Q̃) for any c ≠ 0, which leaves J̃ and so every NTK eigenvalue unchanged.
 * With Q drawn at unit scale (see {@link RandomInitialization}), the law of the sharpness
 * trajectory ηλ_max(t) therefore depends only on D, P and the two rescaled scales
 *
 * <pre>
 *   σ̃_z = η σ_z,      σ̃_J = √η σ_J.
 * </pre>
 *
 * For D = 1 this is the paper's scalar reduction z̃ = ηz, T(0) = ηJJᵀ. Gradient-flow time t is
 * measured in units of η in the rescaled variables, so one step corresponds to Δt = 1.
 *
 * <p>Grid coordinates: s₀ = σ̃_J² (√D + √P)² is the Marchenko–Pastur estimate of the initial
 * sharpness ηλ_max (exact for D, P → ∞ at fixed D/P), and r = ½ σ̃_z D is the paper's estimate of
 * the non-linearity ratio r_NL (its eq. 27; {@link NonlinearRatio} gives the exact finite-size
 * value). Choosing σ̃_J and σ̃_z from (s₀, r) puts every (D, P) on comparable axes.
 *
 * <p>NOTE: s₀ is a large-D estimate. For D = 1 the mean initial sharpness is σ̃_J² P, so s₀
 * overstates it by (1 + √P)² / P, a factor of 2.9 for P = 2; the sweep files record the measured
 * initial sharpness next to s₀.
 */
public final class Units {

  private Units() {}

  /** Returns σ̃_J with σ̃_J² (√D + √P)² = s₀. */
  public static double sigmaJForSharpness(int outputs, int params, double sharpness) {
    double edge = Math.sqrt(outputs) + Math.sqrt(params);
    return Math.sqrt(sharpness) / edge;
  }

  /** Returns s₀ = σ̃_J² (√D + √P)². */
  public static double sharpnessForSigmaJ(int outputs, int params, double sigmaJ) {
    double edge = Math.sqrt(outputs) + Math.sqrt(params);
    return sigmaJ * sigmaJ * edge * edge;
  }

  /** Returns σ̃_z with ½ σ̃_z D = r. */
  public static double sigmaZForRatio(int outputs, double ratio) {
    return 2.0 * ratio / outputs;
  }

  /** Returns r = ½ σ̃_z D. */
  public static double ratioForSigmaZ(int outputs, double sigmaZ) {
    return 0.5 * sigmaZ * outputs;
  }
}
