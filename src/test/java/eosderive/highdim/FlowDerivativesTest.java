package eosderive.highdim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Perturbation-theory derivatives of λ_max and tr K against central differences along the
 * RK4-integrated gradient flow with h = 1e-4: the truncation error O(h²λ⁽³⁾) and the rounding
 * error O(ε λ / h²) of the second difference are both below 1e-6 relative here, against tolerances
 * of 1e-5 (first derivative) and 1e-4 (second derivatives).
 */
class FlowDerivativesTest {

  @ParameterizedTest(name = "D={0}, P={1}")
  @CsvSource({"5, 8", "8, 5"})
  void matchesFiniteDifferences(int outputs, int params) {
    RandomInitialization init = new RandomInitialization(0.3, 0.3);
    double h = 1e-4;
    for (long seed = 0; seed < 5; seed++) {
      RandomInitialization.ModelInstance instance = init.draw(outputs, params, seed);
      QuadraticTensor q = instance.tensor();
      ModelState start = instance.state();
      ModelState ahead = GradientFlow.integrate(q, start, h, 4);
      ModelState behind = GradientFlow.integrate(q, start, -h, 4);
      FlowDerivatives.Derivatives exact = FlowDerivatives.at(q, start);

      double firstNumeric = (Ntk.maxEigenvalue(ahead) - Ntk.maxEigenvalue(behind)) / (2 * h);
      double secondNumeric = (Ntk.maxEigenvalue(ahead) - 2 * Ntk.maxEigenvalue(start)
          + Ntk.maxEigenvalue(behind)) / (h * h);
      double traceSecond = (Ntk.trace(ahead) - 2 * Ntk.trace(start) + Ntk.trace(behind)) / (h * h);

      assertThat(exact.maxEigenvalueFirst()).as("dλ/dt, seed %d", seed)
          .isCloseTo(firstNumeric, org.assertj.core.data.Percentage.withPercentage(1e-3));
      assertThat(exact.maxEigenvalueSecond()).as("d²λ/dt², seed %d", seed)
          .isCloseTo(secondNumeric, org.assertj.core.data.Percentage.withPercentage(1e-2));
      assertThat(exact.traceSecond()).as("d² tr K/dt², seed %d", seed)
          .isCloseTo(traceSecond, org.assertj.core.data.Percentage.withPercentage(1e-2));
    }
  }

  @Test
  void gramSpectrumMatchesKernelSpectrum() {
    ModelState state = new RandomInitialization(0.1, 0.2).draw(12, 4, 1L).state();
    double[] fromKernel = Ntk.spectrum(Ntk.kernel(state)).values();
    double[] fromGram = Ntk.eigenvalues(state);
    assertThat(fromGram).hasSize(12);
    for (int k = 0; k < 12; k++) {
      assertThat(fromGram[k]).as("eigenvalue %d", k)
          .isCloseTo(fromKernel[k], org.assertj.core.data.Offset.offset(1e-12));
    }
  }

  @Test
  void singleOutputEigenvalueIsTrace() {
    RandomInitialization.ModelInstance instance =
        new RandomInitialization(0.4, 0.5).draw(1, 3, 9L);
    FlowDerivatives.Derivatives d = FlowDerivatives.at(instance.tensor(), instance.state());
    assertThat(d.maxEigenvalueSecond()).isCloseTo(d.traceSecond(),
        org.assertj.core.data.Offset.offset(1e-14 * Math.abs(d.traceSecond())));
  }
}
