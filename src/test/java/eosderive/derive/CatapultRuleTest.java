package eosderive.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.verify.Check;

import org.junit.jupiter.api.Test;

/** The eps = 1 sharpness rule against a hand derivation and gradient descent on the model. */
class CatapultRuleTest {

  private static final CatapultRule RULE = CatapultRule.derive(Fixtures.oneStep());

  /**
   * Hand derivation at eps = 1, Et = 0: T[1] = 2z and T[2] = T, so
   * T' = T - 4 z^2 + z^2 T, that is T' - 4 = (T - 4)(1 + z^2).
   */
  @Test
  void ruleMatchesHandDerivation() {
    assertThat(RULE.level().toString()).isEqualTo("4");
    assertThat(Symbols.RING.toInput(RULE.factor())).isEqualTo("z^2 + 1");
  }

  /** Hand derivation at eps = 1: B + 4(A - 1) = -2 Et z, so the rule needs Et = 0. */
  @Test
  void obstructionAtNonzeroEtIsLinearInZ() {
    assertThat(Symbols.RING.toInput(RULE.obstructionInEt())).isEqualTo("-2*z*Et");
  }

  /** Lex basis: eps^2 - eps, c - 4 eps, eps Et; only eps = 1, Et = 0, c = 4 lies in (0, 1]. */
  @Test
  void groebnerBasisLeavesOnlyEpsOne() {
    List<String> basis = new ArrayList<>();
    for (GenPolynomial<BigRational> g : RULE.basis()) {
      basis.add(CatapultRule.LEVEL.toInput(g));
    }
    assertThat(basis).containsExactlyInAnyOrder("eps^2 - eps", "-4*eps + c", "eps*Et");
    assertThat(RULE.solutionsInRange()).containsOnlyKeys("eps = 1");
    assertThat(RULE.solutionsInRange().get("eps = 1")).containsExactly("c - 4 = 0", "Et = 0");
  }

  @Test
  void epsBelowOneObstructionFreeOfLevel() {
    List<String> free = new ArrayList<>();
    for (GenPolynomial<BigRational> o : RULE.obstructionsInEps()) {
      free.add(CatapultRule.LEVEL.toInput(o));
    }
    assertThat(free).containsExactly("-2*eps^2 + 2*eps");
  }

  /** Four runs at Et = 0 follow the rule to 10^-32, and one at Et = 1/2 misses by -2 Et z. */
  @Test
  void trajectoriesFollowRule() {
    List<Check> rows = CatapultRuleChecks.checks(RULE);
    assertThat(rows).hasSize(5);
    for (Check row : rows) {
      assertThat(row.passed()).as("%s", row).isTrue();
    }
  }
}
