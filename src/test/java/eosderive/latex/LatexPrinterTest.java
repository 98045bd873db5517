package eosderive.latex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.derive.Symbols;
import eosderive.symbolic.Localized;
import eosderive.symbolic.PolynomialRing;

class LatexPrinterTest {

  private static final PolynomialRing RING = Symbols.RING;
  private static final LatexPrinter LATEX = new LatexPrinter(RING);
  private static final PolynomialRing PARAMETERS = new PolynomialRing("eps", "Et");

  private static GenPolynomial<BigRational> v(String name) {
    return RING.variable(name);
  }

  private static BigRational q(long n, long d) {
    return new BigRational(n, d);
  }

  @Test
  void negativeFractionPrintsAsSubtractionOutsideTheFraction() {
    assertThat(LATEX.polynomial(v("z").power(2).multiply(q(-1, 2))))
        .isEqualTo("-\\frac{1}{2} \\eosz^{2}");
  }

  @Test
  void termsAscendInZThenTWithFactoredCoefficients() {
    GenPolynomial<BigRational> p = v("z").subtract(v("z").multiply(v("T")))
        .sum(RING.constant(1, 2).subtract(v("eps").multiply(q(1, 2)))
            .multiply(v("z").power(2)).multiply(v("T")));

    assertThat(LATEX.polynomial(p))
        .isEqualTo("\\eosz - \\eosz \\eosT + \\frac{1}{2} (1 - \\eoseps) \\eosz^{2} \\eosT");
  }

  @Test
  void negativeBaseIsParenthesised() {
    assertThat(LatexPrinter.power("-\\eoseps", 3)).isEqualTo("(-\\eoseps)^{3}");
    Localized.Ring field = new Localized.Ring(PARAMETERS,
        PARAMETERS.variable("eps").subtract(PARAMETERS.constant(2, 1)));
    Localized s = field.of(field.base());

    // 1/(eps - 2)^3 = -1/(2 - eps)^3: the base is printed with a positive first term.
    assertThat(LATEX.localized(s.multiply(s).multiply(s).inverse()))
        .isEqualTo("-\\frac{1}{(2 - \\eoseps)^{3}}");
  }

  @Test
  void fractionsInsideAFractionMoveToItsDenominator() {
    Localized.Ring field = new Localized.Ring(PARAMETERS,
        PARAMETERS.variable("eps").subtract(PARAMETERS.constant(2, 1)));
    Localized half = field.of(PARAMETERS.variable("eps").multiply(q(1, 2)));

    assertThat(LATEX.localized(half.multiply(field.of(field.base()).inverse())))
        .isEqualTo("-\\frac{\\eoseps}{2 (2 - \\eoseps)}");
    assertThat(Term.join(LATEX.quotient(v("eps").multiply(v("z")).multiply(q(1, 2)),
        RING.constant(1, 1).subtract(v("z").multiply(q(1, 3))))))
        .isEqualTo("\\frac{3 \\eoseps \\eosz}{2 (3 - \\eosz)}");
  }

  @Test
  void longPolynomialBreaksAcrossAlignLines() {
    GenPolynomial<BigRational> p = RING.zero();
    for (int k = 1; k <= 24; k++) {
      p = p.sum(v("z").power(k).multiply(q(k % 3 == 0 ? -k : k, k % 4 == 0 ? 1 : 2)));
    }

    String tex = new Display().add("rhs json:x", "g(\\eosz)", LATEX.terms(p)).toTex();

    assertThat(tex).isEqualTo("\\begin{align*}\n"
        + "% eos-check rhs json:x\n"
        + "  g(\\eosz) &= \\frac{1}{2} \\eosz + \\eosz^{2} - \\frac{3}{2} \\eosz^{3}"
        + " + 4 \\eosz^{4} + \\frac{5}{2} \\eosz^{5} - 3 \\eosz^{6} + \\frac{7}{2} \\eosz^{7}"
        + " + 8 \\eosz^{8} - \\frac{9}{2} \\eosz^{9} + 5 \\eosz^{10}"
        + " + \\frac{11}{2} \\eosz^{11} - 12 \\eosz^{12} + \\frac{13}{2} \\eosz^{13} \\\\\n"
        + "  &\\quad{} + 7 \\eosz^{14} - \\frac{15}{2} \\eosz^{15} + 16 \\eosz^{16}"
        + " + \\frac{17}{2} \\eosz^{17} - 9 \\eosz^{18} + \\frac{19}{2} \\eosz^{19}"
        + " + 20 \\eosz^{20} - \\frac{21}{2} \\eosz^{21} + 11 \\eosz^{22}"
        + " + \\frac{23}{2} \\eosz^{23} \\\\\n"
        + "  &\\quad{} - 24 \\eosz^{24}\n"
        + "\\end{align*}\n");
  }

  @Test
  void longTermBreaksInsideItsParentheses() {
    GenPolynomial<BigRational> c = RING.zero();
    for (int k = 0; k <= 30; k++) {
      c = c.sum(v("eps").power(k).multiply(q(1000003 + k, 1)));
    }
    String tex = new Display().add(null, "h", LATEX.terms(c.multiply(v("z")))).toTex();

    String[] lines = tex.split("\n");
    assertThat(lines).hasSizeGreaterThan(4);
    assertThat(lines[1]).startsWith("  h &= (1000003 + 1000004 \\eoseps");
    assertThat(lines[lines.length - 2]).endsWith("1000033 \\eoseps^{30}) \\eosz");
  }
}
