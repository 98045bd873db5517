package eosderive.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.ufd.Quotient;

import eosderive.symbolic.ImplicitSeriesSolver;
import eosderive.symbolic.Localized;
import eosderive.symbolic.TruncatedSeries;
import eosderive.verify.Check;
import eosderive.verify.FoundationChecks;

import org.junit.jupiter.api.Test;

class NullclinesTest {

  private static final Foundation F = Derivations.FOUNDATION;

  @Test
  void oneStepZNullclineMatchesHandSolution() {
    // Hand solution of z' = z for z != 0: T = z T(1)/2 with T(1) = (1 - eps) T + eps (Et + 2z),
    // so T = eps z (Et + 2z) / (2 - (1 - eps) z).
    Quotient<BigRational> fz =
        Nullclines.solveLinearInT(Nullclines.divided(F.oneStep().zNext(), "z"));
    GenPolynomial<BigRational> numerator = fz.num.multiply(expected("2 - (1 - eps)*z"));
    GenPolynomial<BigRational> other = expected("eps*z*(Et + 2*z)").multiply(fz.den);
    assertThatObject(numerator).isEqualTo(other);
  }

  private static GenPolynomial<BigRational> expected(String symja) {
    return Symbols.EPS_Z_FIELD.parameters().convert(Symbols.RING,
        Symbols.RING.fromSymja(Derivations.SYMJA.eval("Expand[" + symja + "]")));
  }

  @Test
  void twoStepMapHasPaperDegrees() {
    // Paper, eqs 71-72: degree 9 in z and 3 in T(0).
    TwoStepMap map = F.twoStep();
    assertThat(Symbols.RING.degree(map.zNext2(), "z")).isEqualTo(9);
    assertThat(Symbols.RING.degree(map.zNext2(), "T")).isEqualTo(3);
    assertThat(Symbols.RING.degree(map.tNext2(), "z")).isEqualTo(9);
    assertThat(Symbols.RING.degree(map.tNext2(), "T")).isEqualTo(3);
    assertThat(map.p()).hasSize(4);
    assertThat(map.q()).hasSize(4);
  }

  @Test
  void twoStepMapEqualsExactIteration() {
    Check check = FoundationChecks.twoStepAgainstIteration(F.twoStep(), 20, 7L);
    assertThat(check.passed()).as(check.measured()).isTrue();
  }

  @Test
  void derivativesAtEdgePointMatchHandValues() {
    // Hand: F_z(0, T) = (1 - T)^2 - 1, so dF_z/dT(0, 2) = 2. F_T(0, T) = -2 T(1)(0, T)(2 - T),
    // so dF_T/dT(0, 2) = 2 T(1)(0, 2) = 4 (1 - eps) + 2 eps Et; the paper prints 4.
    assertThat(F.series().zNullcline().derivativeT().toInput()).isEqualTo("2");
    Localized slope = F.series().tNullcline().derivativeT();
    assertThat(slope.reduce().exponent()).isZero();
    assertThatObject(slope.numerator()).isEqualTo(Symbols.EPS_PARAMETERS.convert(Symbols.RING,
        Symbols.RING.fromSymja(Derivations.SYMJA.eval("Expand[4*(1 - eps) + 2*eps*Et]"))));
  }

  @Test
  void nullclinesCoincideAtEpsilonZero() {
    // At eps = 0 the two-step map has a curve of fixed points through (0, 2) (period-2 orbits
    // of gradient descent), so both nullclines are that curve and f_Delta vanishes.
    TruncatedSeries difference = F.series().difference();
    for (int k = 1; k <= difference.order(); k++) {
      assertThatObject(FoundationChecks.evaluate(difference.coefficient(k), BigRational.ZERO,
          new BigRational(3, 7))).as("coefficient %d at eps = 0", k).isEqualTo(BigRational.ZERO);
    }
    assertThatObject(FoundationChecks.evaluate(difference.coefficient(1), new BigRational(1, 10),
        BigRational.ZERO)).isNotEqualTo(BigRational.ZERO);
  }

  @Test
  void firstCoefficientsMatchHandExpansion() {
    // Hand expansion at Et = 0: z' = z(1 - T) + O(z^2), and the z^2 terms of z'' - z give
    // dF_z/dz(0, 2) = 4 (eps - 1), so the slope -F_z,z / F_z,T of f_z is 2 (1 - eps).
    Localized a1 = F.series().zNullcline().shift().coefficient(1);
    assertThatObject(FoundationChecks.evaluate(a1, new BigRational(1, 10), BigRational.ZERO))
        .isEqualTo(new BigRational(9, 5));
  }

  @Test
  void newtonAndOrderByOrderAgreeSymbolically() {
    NullclineSeries.Branch branch = F.series().tNullcline();
    TruncatedSeries newton = ImplicitSeriesSolver.solveNewton(branch.equation(), 6);
    for (int k = 1; k <= 6; k++) {
      assertThat(newton.coefficient(k)).as("b_%d", k)
          .isEqualTo(branch.shift().coefficient(k));
    }
  }

  @Test
  void seriesMatchNumericRootsWithExpectedSlope() {
    for (Check check : FoundationChecks.seriesAgainstRoots(F.series(), new BigRational(1, 5),
        new BigRational(-1, 3))) {
      assertThat(check.passed()).as(check.name() + ": " + check.measured()).isTrue();
    }
  }
}
