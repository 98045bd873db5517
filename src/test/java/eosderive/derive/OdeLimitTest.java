package eosderive.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import edu.jas.arith.BigRational;

import eosderive.verify.Check;
import eosderive.verify.ExactNumbers;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.junit.jupiter.api.Test;

/** The leading-order ODE: coefficients, closed form, and the gap to the map's limit. */
class OdeLimitTest {

  private static OdeLimit ode() {
    return OdeLimit.derive(Fixtures.dynamics(), Fixtures.symja());
  }

  /** Paper, eqs 18-19: dz/dt = 2 y z, dy/dt = -2(4 - 3 eps + 4 eps^2) y z^2 - 4 eps z^2. */
  @Test
  void coefficientsMatchPaperAtEtZero() {
    OdeLimit ode = ode();
    assertThat(Symbols.RING.toInput(YDynamics.atEtZero(ode.g()))).isEqualTo("2");
    assertThat(Symbols.RING.toInput(YDynamics.atEtZero(ode.c20()))).isEqualTo("-4*eps");
    assertThat(Symbols.RING.toInput(YDynamics.atEtZero(ode.c21())))
        .isEqualTo("-8*eps^2 + 6*eps - 8");
  }

  /** The Lambert-W limit conserves the first integral I(y) - z^2 to working precision. */
  @Test
  void closedFormConservesFirstIntegral() {
    OdeLimit ode = ode();
    FixedPrecisionApfloatHelper helper = new FixedPrecisionApfloatHelper(40);
    BigRational eps = new BigRational(1, 20);
    Apfloat z0 = ExactNumbers.of(helper, 3, 10);
    Apfloat y0 = ExactNumbers.of(helper, 1, 100);
    Apfloat limit = ode.limit(helper, eps, BigRational.ZERO, z0, y0);
    Apfloat[] c = ode.coefficientsAt(helper, eps, BigRational.ZERO);
    Apfloat before = ode.invariant(helper, c, z0, y0);
    Apfloat after = ode.invariant(helper, c, new Apfloat(0, 40), limit);
    assertThat(helper.abs(helper.subtract(before, after)).doubleValue()).isLessThan(1e-30);
  }

  /** Far from z = 0 the ODE ends on its invariant line y*, exponentially close. */
  @Test
  void largeStartEndsOnInvariantLine() {
    OdeLimit ode = ode();
    FixedPrecisionApfloatHelper helper = new FixedPrecisionApfloatHelper(40);
    BigRational eps = new BigRational(1, 100);
    Apfloat limit = ode.limit(helper, eps, BigRational.ZERO, ExactNumbers.of(helper, 1, 2),
        new Apfloat(0, 40));
    Apfloat line = ode.invariantLine(helper, eps);
    // exp(-(4 - 3 eps + 4 eps^2)^2 z0^2 / (4 eps)) is below 10^-10 here.
    assertThat(helper.abs(helper.subtract(limit, line)).doubleValue()).isLessThan(1e-12);
  }

  /** Dormand-Prince against the closed form, and (y* - y_inf)/eps^2 near s_2 - c_2 = 15/32. */
  @Test
  void checksPass() {
    OdeLimit ode = ode();
    assertThat(OdeLimitChecks.gapCoefficient(Fixtures.limit(), Fixtures.fixedPoint()).toString())
        .isEqualTo("15/32");
    List<Check> rows = OdeLimitChecks.checks(ode, Fixtures.limit(), Fixtures.fixedPoint());
    assertThat(rows).hasSize(8);
    for (Check row : rows) {
      assertThat(row.passed()).as("%s", row).isTrue();
    }
  }
}
