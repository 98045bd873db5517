package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the tail bound against the remaining change of T that a longer run actually shows.
 *
 * <p>For every state of a run at 60 digits, B_t from {@link TailBound} must bound |T_final -
 * T_t|, where T_final comes from the same run continued until its own bound is below 1e-55.
 * The allowance is 1e-55 for that final bound plus 1e-50 for rounding. The rounding part is an
 * estimate. The runs take at most 4,603 steps, and each step moves T by a local error of about
 * 10^-58 (unit roundoff 10^-59 times at most 10 operations). In the convergence phase the map
 * contracts z and leaves T neutral, so the sum of those errors stays near 10^-54.
 *
 * <p>The cases cover the alternating branch of the bound (T near 2 - eps/2) and the
 * non-alternating branch (T0 = 1/2, where z keeps its sign while T rises to about 0.68).
 */
class TailBoundTest {

  @ParameterizedTest
  @CsvSource({"-0.3, 1.9, 1/10", "-0.2, 1.99, 1/20", "-0.1, 0.5, 1/10"})
  void boundCoversRemainingChange(String z0, String sharpness0, String epsilon) {
    Start start = Start.parse(z0, sharpness0, epsilon, "0");
    RunSettings settings = RunSettings.of(60, "1e-55", 100_000);
    Precision precision = settings.precision();
    FixedPrecisionApfloatHelper h = precision.helper();
    Apfloat eps = precision.of(start.epsilon());

    List<ModelState> states = new ArrayList<>();
    RunResult run = GdRunner.run(start, settings, states::add);
    assertThat(run.stopReason()).isEqualTo(StopReason.CONVERGED);

    Apfloat allowance = precision.parse("1e-55", "allowance")
        .add(precision.parse("1e-50", "allowance"));
    int bounded = 0;
    Apfloat worstRatio = precision.of(0);
    // Checks every 7th state and the last 20. The stride is odd, so both phases of the period-2
    // oscillation are sampled. Each bound calls exp at 60 digits, which dominates the run time.
    for (int index = 0; index < states.size(); index++) {
      if (index % 7 != 0 && index < states.size() - 20) {
        continue;
      }
      ModelState state = states.get(index);
      Optional<Apfloat> bound = TailBound.of(precision, eps, state);
      if (bound.isEmpty()) {
        continue;
      }
      bounded++;
      Apfloat remaining = h.abs(h.subtract(run.sharpness(), state.sharpness(h)));
      assertThat(remaining).isLessThanOrEqualTo(h.add(bound.get(), allowance));
      if (remaining.compareTo(precision.parse("1e-40", "floor")) > 0) {
        Apfloat ratio = h.divide(bound.get(), remaining);
        worstRatio = ratio.compareTo(worstRatio) > 0 ? ratio : worstRatio;
      }
    }
    // The bound applies over most of the convergence phase, not only at its end.
    assertThat(bounded).isGreaterThan(states.size() / 28);
    // It is not loose: B_t / |T_final - T_t| was at most 2.46, 2.30 and 2.71 in the three cases
    // (measured over all states wherever |T_final - T_t| > 1e-40).
    assertThat(worstRatio).isLessThan(precision.of(10));
  }
}
