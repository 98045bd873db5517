package eosderive.highdim;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Early-time expansion of the NTK under gradient flow from the random initialisation of
 * {@link RandomInitialization} (Theorem 4.1 of Agarwala, Pedregosa and Pennington claims that the
 * first time-derivative of E[λ_max] vanishes and the second is positive and grows with σ_z).
 *
 * <p>Derivation, with q = E[(Q_α²)_ii] = (P + 1)/2 for the GOE slices used here and u = Jᵀz:
 *
 * <ul>
 *   <li>Every first derivative is linear in Q (see {@link FlowDerivatives}), and Q ↦ −Q preserves
 *       the law of Q independently of (z, J), so E[dλ_k/dt] = E[d tr K/dt] = 0 at t = 0.
 *   <li>Trace proxy, exact: E[d² tr K/dt²] = 2q(D + 1) E‖u‖² = (D + 1)(P + 1) D P σ_J² σ_z², so
 *       E[tr K(t)] = D P σ_J² + ½ (D + 1)(P + 1) D P σ_J² σ_z² t² + O(t³).
 *   <li>Top eigenvalue: averaging the perturbation formula over Q and z given J (using
 *       E[(aᵀQ_αb)²] = ½(‖a‖²‖b‖² + (a·b)²)) gives E[d²λ₁/dt² | J] = σ_z² F(λ) with
 *       F(λ) = (P + 1)(λ₁ + tr K) + Σ_{k≥2} [(λ₁ + λ_k) tr K + λ₁² + λ_k²] / (λ₁ − λ_k) over the
 *       eigenvalues λ of K = JJᵀ. Every term is positive, and F is homogeneous of degree 1, so
 *       E[d²λ_max/dt²] = σ_z² σ_J² c(D, P) with c(D, P) = E[F(spectrum of GGᵀ)], G a D×P standard
 *       Gaussian matrix. For D = 1, c = 2P(P + 1) exactly. For D, P → ∞ at fixed D/P, the
 *       Marchenko–Pastur law (Stieltjes transform at the upper edge 1/(√γ(1 + √γ)), γ = D/P)
 *       gives c ≈ D P (√D + √P)², that is E[λ̈_max] ≈ σ_z² D P λ_max(0).
 * </ul>
 *
 * So E[λ_max(t)] = E[λ_max(0)] + ½ σ_z² σ_J² c(D, P) t² + O(t³): positive curvature that grows
 * as σ_z². NOTE: c(D, P) averages 1/(λ₁ − λ₂), whose second moment diverges logarithmically for
 * real Gaussian J, so standard errors of λ̈ estimates converge slowly and are indicative only.
 */
public final class Theorem41 {

  private Theorem41() {}

  /** Returns E[tr K] at t = 0, that is D P σ_J². */
  public static double expectedTrace(int outputs, int params, double sigmaJ) {
    return (double) outputs * params * sigmaJ * sigmaJ;
  }

  /** Returns E[d² tr K/dt²] at t = 0, that is (D + 1)(P + 1) D P σ_J² σ_z². */
  public static double expectedTraceSecondDerivative(
      int outputs, int params, double sigmaZ, double sigmaJ) {
    return (outputs + 1.0) * (params + 1.0) * outputs * params * sigmaJ * sigmaJ * sigmaZ * sigmaZ;
  }

  /** Returns the large-(D, P) estimate σ_z² σ_J² D P (√D + √P)² of E[d²λ_max/dt²]. */
  public static double asymptoticMaxEigenvalueSecondDerivative(
      int outputs, int params, double sigmaZ, double sigmaJ) {
    double edge = Math.sqrt(outputs) + Math.sqrt(params);
    return sigmaZ * sigmaZ * sigmaJ * sigmaJ * outputs * params * edge * edge;
  }

  /** Returns F(λ) for the descending eigenvalues of K; E[d²λ_max/dt² | J] = σ_z² F(λ). */
  public static double conditionalCurvature(double[] eigenvalues, int params) {
    double top = eigenvalues[0];
    double trace = 0.0;
    for (double value : eigenvalues) {
      trace += value;
    }
    double sum = (params + 1.0) * (top + trace);
    for (int k = 1; k < eigenvalues.length; k++) {
      double other = eigenvalues[k];
      sum += ((top + other) * trace + top * top + other * other) / (top - other);
    }
    return sum;
  }

  /**
   * Estimates c(D, P) = E[F(spectrum of GGᵀ)] from {@code samples} draws of a D×P standard
   * Gaussian G; the generator is seeded with {D, P, seed, 41}, separate from the model draws.
   */
  public static MeanEstimate curvatureConstant(int outputs, int params, int samples, long seed) {
    RandomGenerator random = new org.apache.commons.math3.random.Well19937c(
        new int[] {outputs, params, (int) (seed >>> 32), (int) seed, 41});
    double[] values = new double[samples];
    for (int s = 0; s < samples; s++) {
      double[] gaussian = new double[outputs * params];
      for (int k = 0; k < gaussian.length; k++) {
        gaussian[k] = random.nextGaussian();
      }
      ModelState state = ModelState.adopt(outputs, params, new double[outputs], gaussian);
      double[] eigenvalues = outputs == 1
          ? new double[] {Ntk.trace(state)}
          : Ntk.eigenvalues(state);
      values[s] = conditionalCurvature(eigenvalues, params);
    }
    return MeanEstimate.of(values);
  }

  /**
   * Measures the flow derivatives at t = 0 over seeds firstSeed … firstSeed + seeds − 1, each
   * drawn by {@link RandomInitialization#draw}.
   */
  public static Measurement measure(
      int outputs, int params, RandomInitialization init, int seeds, long firstSeed) {
    double[] first = new double[seeds];
    double[] second = new double[seeds];
    double[] conditional = new double[seeds];
    double[] traceFirst = new double[seeds];
    double[] traceSecond = new double[seeds];
    double sigmaZ = init.sigmaZ();
    for (int s = 0; s < seeds; s++) {
      RandomInitialization.ModelInstance instance = init.draw(outputs, params, firstSeed + s);
      FlowDerivatives.Derivatives derivatives =
          FlowDerivatives.at(instance.tensor(), instance.state());
      first[s] = derivatives.maxEigenvalueFirst();
      second[s] = derivatives.maxEigenvalueSecond();
      conditional[s] = sigmaZ * sigmaZ * conditionalCurvature(derivatives.eigenvalues(), params);
      traceFirst[s] = derivatives.traceFirst();
      traceSecond[s] = derivatives.traceSecond();
    }
    return new Measurement(MeanEstimate.of(first), MeanEstimate.of(second),
        MeanEstimate.of(conditional), MeanEstimate.of(traceFirst), MeanEstimate.of(traceSecond),
        second);
  }

  /**
   * Monte Carlo estimates at t = 0.
   *
   * @param maxEigenvalueFirst E[dλ_max/dt]
   * @param maxEigenvalueSecond E[d²λ_max/dt²] from the exact per-sample perturbation formula
   * @param conditionalSecond E[σ_z² F(λ)], the same expectation with Q and z averaged exactly
   * @param traceFirst E[d tr K/dt]
   * @param traceSecond E[d² tr K/dt²]
   * @param secondSamples the per-seed values behind maxEigenvalueSecond, in seed order
   */
  public record Measurement(
      MeanEstimate maxEigenvalueFirst, MeanEstimate maxEigenvalueSecond,
      MeanEstimate conditionalSecond, MeanEstimate traceFirst, MeanEstimate traceSecond,
      double[] secondSamples) {}
}
