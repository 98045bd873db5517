package eosderive.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import org.junit.jupiter.api.Test;

class OneStepMapTest {

  private static final OneStepMap MAP = Derivations.FOUNDATION.oneStep();

  private static GenPolynomial<BigRational> parse(String symja) {
    return Symbols.RING.fromSymja(Derivations.SYMJA.eval("Expand[" + symja + "]"));
  }

  @Test
  void closureMatchesHandDerivation() {
    // Hand derivation: Q^2 = (1 + lam) Q - lam I, so T(k+2) = (1 + lam) T(k+1) - lam T(k),
    // and T(-1) = Et + 2z from the conserved quantity.
    assertThatObject(parse(MAP.moments().get("T(-1)").toString())).isEqualTo(parse("Et + 2*z"));
    assertThatObject(parse(MAP.moments().get("T(1)").toString()))
        .isEqualTo(parse("(1 + lam)*T - lam*(Et + 2*z)"));
    assertThatObject(parse(MAP.moments().get("T(2)").toString()))
        .isEqualTo(parse("(1 + lam)*((1 + lam)*T - lam*(Et + 2*z)) - lam*T"));
  }

  @Test
  void edgeFamilyMapMatchesHandSubstitution() {
    // Hand substitution of T(1) = (1 - eps) T + eps (Et + 2z) into z' = z - z T + z^2 T(1)/2.
    String t1 = "((1 - eps)*T + eps*(Et + 2*z))";
    String t2 = "((1 - eps)*" + t1 + " + eps*T)";
    assertThatObject(MAP.zNext()).isEqualTo(parse("z - z*T + 1/2*z^2*" + t1));
    assertThatObject(MAP.tNext()).isEqualTo(parse("T - 2*z*" + t1 + " + z^2*" + t2));
  }

  @Test
  void generalLambdaMapReducesToEdgeFamily() {
    GenPolynomial<BigRational> minusEps = parse("-eps");
    assertThatObject(Symbols.RING.substitute(MAP.zNextLam(), "lam", minusEps)).isEqualTo(MAP.zNext());
    assertThatObject(Symbols.RING.substitute(MAP.tNextLam(), "lam", minusEps)).isEqualTo(MAP.tNext());
  }

  @Test
  void physicalRegionMatchesHandSolution() {
    // Hand solution of u + v = T, u - v/eps = Et + 2z: (1 + eps) u = T + eps (Et + 2z) and
    // (1 + eps) v = eps (T - Et - 2z).
    var weights = PhysicalRegion.derive(Derivations.FOUNDATION.model(), MAP, Derivations.SYMJA)
        .weights();
    assertThat(weights).hasSize(2);
    assertThatObject(parse(weights.get(0).inequality().replace(">= 0", "")))
        .isEqualTo(parse("T + eps*(Et + 2*z)"));
    assertThatObject(parse(weights.get(1).inequality().replace(">= 0", "")))
        .isEqualTo(parse("T - Et - 2*z"));
  }
}
