package eosderive.highdim;

/**
 * The ratio r_NL of the non-linear to the linear term of the first z-update, ℓ = η J Jᵀz and
 * n = ½ η² Q(Jᵀz, Jᵀz), at the random initialisation of {@link RandomInitialization}.
 *
 * <p>Definition used here: r_NL = √(E‖n‖² / E‖ℓ‖²), the ratio of root-mean-square norms. The mean
 * over seeds of ‖n‖/‖ℓ‖ is reported alongside; it has no closed form but agrees to leading order.
 *
 * <p>Derivation, with u = Jᵀz: given z, u ~ N(0, σ_J²‖z‖² I_P), so E‖u‖⁴ = σ_J⁴σ_z⁴ D(D + 2)
 * P(P + 2). Each uᵀQ_αu is N(0, ‖u‖⁴) given u, so E‖n‖² = ¼ η⁴ D E‖u‖⁴. For the Wishart matrix
 * W = GGᵀ, E tr W² = D P (D + P + 1), so E‖ℓ‖² = η² σ_z² σ_J⁴ D P (D + P + 1). Hence
 *
 * <pre>
 *   r_NL = ½ η σ_z √( D (D + 2)(P + 2) / (D + P + 1) ),
 * </pre>
 *
 * independent of σ_J. Its limit for 1 ≪ D ≪ P is ½ η σ_z D, the value stated by Agarwala,
 * Pedregosa and Pennington (their eq. 27); for D = P ≫ 1 it tends to ½ η σ_z D / √2.
 */
public final class NonlinearRatio {

  private NonlinearRatio() {}

  /** Returns the claimed value ½ η σ_z D of Agarwala, Pedregosa and Pennington (eq. 27). */
  public static double claimed(int outputs, double eta, double sigmaZ) {
    return 0.5 * eta * sigmaZ * outputs;
  }

  /** Returns the exact √(E‖n‖² / E‖ℓ‖²) derived above. */
  public static double expected(int outputs, int params, double eta, double sigmaZ) {
    double d = outputs;
    double p = params;
    return 0.5 * eta * sigmaZ * Math.sqrt(d * (d + 2.0) * (p + 2.0) / (d + p + 1.0));
  }

  /** Measures both ratio definitions over seeds firstSeed … firstSeed + seeds − 1. */
  public static Measurement measure(int outputs, int params, double eta,
      RandomInitialization init, int seeds, long firstSeed) {
    double[] nonlinear = new double[seeds];
    double[] linear = new double[seeds];
    double[] perSeed = new double[seeds];
    GradientDescent.UpdateTerms terms = new GradientDescent.UpdateTerms(outputs);
    for (int s = 0; s < seeds; s++) {
      RandomInitialization.ModelInstance instance = init.draw(outputs, params, firstSeed + s);
      GradientDescent.step(instance.tensor(), instance.state(), eta, terms);
      nonlinear[s] = terms.nonlinearNormSquared();
      linear[s] = terms.linearNormSquared();
      perSeed[s] = Math.sqrt(nonlinear[s] / linear[s]);
    }
    return new Measurement(
        MeanEstimate.ratioOfMeans(nonlinear, linear).sqrt(), MeanEstimate.of(perSeed));
  }

  /**
   * @param rmsRatio √(E‖n‖² / E‖ℓ‖²) with a delta-method standard error
   * @param meanRatio mean over seeds of ‖n‖ / ‖ℓ‖
   */
  public record Measurement(MeanEstimate rmsRatio, MeanEstimate meanRatio) {}
}
