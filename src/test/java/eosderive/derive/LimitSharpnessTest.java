package eosderive.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;

import eosderive.output.DerivationResult;
import eosderive.verify.Check;
import eosderive.verify.ExactNumbers;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** The y_inf series against Theorem 3.1, gradient descent on the model, and itself at Et != 0. */
class LimitSharpnessTest {

  /** Paper, Theorem 3.1: y_inf = -eps/2 + O(eps^2). */
  @Test
  void firstOrderMatchesTheorem31() {
    assertThat(Fixtures.limit().coefficient(1).toString()).isEqualTo("-1/2");
  }

  /**
   * The exact low-order coefficients; the (z, y) route of InvariantCurveTest reproduces the
   * first three, and the gradient descent rows below confirm all ten numerically.
   */
  @Test
  void lowOrderCoefficientsAreExactRationals() {
    assertThat(Fixtures.limit().coefficients().subList(0, 4).toString())
        .isEqualTo("[-1/2, -27/32, -153/128, -17385/8192]");
  }

  @Test
  void resultKeysCoefficientsByPowerOfEps() {
    DerivationResult result = Fixtures.limit().result(Fixtures.fixedPoint());
    @SuppressWarnings("unchecked")
    Map<String, String> table = (Map<String, String>) result.get("coefficients");
    assertThat(table).containsEntry("1", "-1/2").containsEntry("2", "-27/32").hasSize(10);
  }

  /** Gradient descent on (z, J) agrees to the truncation error: > 10 digits at eps = 1/30. */
  @Test
  void seriesMatchesGradientDescent() {
    List<Check> rows = LimitSharpnessChecks.checks(Fixtures.limit(),
        List.of(new BigRational(1, 30), new BigRational(1, 100)),
        LimitSharpnessChecks.DEFAULT_STARTS, 40);
    for (Check row : rows) {
      assertThat(row.passed()).as("%s", row).isTrue();
    }
  }

  /**
   * Numeric fit of the next coefficient: (measured - S_10(eps))/eps^11 at eps = 1/300 estimates
   * c_11 up to c_12 eps, about 1 %; it must match the derived c_11 within 3 %.
   */
  @Test
  void residualOfTenTermsPredictsEleventhCoefficient() {
    LimitSharpness eleven = LimitSharpness.derive(Fixtures.twoStep(), 11);
    FixedPrecisionApfloatHelper helper = new FixedPrecisionApfloatHelper(50);
    BigRational eps = new BigRational(1, 300);
    Apfloat e = ExactNumbers.of(helper, eps);
    Apfloat measured = LimitSharpnessChecks.measure(helper, e, new Apfloat(0, 50),
        LimitSharpnessChecks.DEFAULT_STARTS.get(0)).limit();
    Apfloat tenTerms = OdeLimitChecks.seriesValue(helper, Fixtures.limit(), e);
    double estimate = helper.divide(helper.subtract(measured, tenTerms), helper.pow(e, 11))
        .doubleValue();
    assertThat(estimate).isCloseTo(eleven.coefficient(11).doubleValue(),
        Percentage.withPercentage(3));
  }

  /** At Et = 1/2 the series (to eps^4) still matches gradient descent with that Et. */
  @Test
  void nonzeroEtSeriesMatchesGradientDescent() {
    LimitSharpness withEt = LimitSharpness.derive(Fixtures.twoStep(), 4, new BigRational(1, 2));
    assertThat(withEt.coefficient(1).toString()).isNotEqualTo("-1/2");
    List<Check> rows = LimitSharpnessChecks.checks(withEt, List.of(new BigRational(1, 100)),
        LimitSharpnessChecks.DEFAULT_STARTS.subList(0, 2), 30);
    assertThat(rows.get(0).passed()).as("%s", rows.get(0)).isTrue();
  }
}
