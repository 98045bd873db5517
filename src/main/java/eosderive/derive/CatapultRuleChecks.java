package eosderive.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.latex.Display;
import eosderive.latex.ResultTex;
import eosderive.latex.Term;
import eosderive.symbolic.PolynomialRing;
import eosderive.verify.Check;
import eosderive.verify.ExactNumbers;
import eosderive.verify.ParameterSpaceDescent;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * Checks of {@link CatapultRule} along gradient descent on the two-parameter model
 * ({@link ParameterSpaceDescent}) at eps = 1, in 40-digit Apfloat arithmetic: every step must
 * satisfy T_(t+1) - c = (T_t - c) g(z_t) to within 10^-32 (relative to max(1, |T|)), and the
 * sharpness must not increase while it is below c. One more row runs at Et = 1/2 and checks that
 * the rule then misses by exactly the derived obstruction.
 */
public final class CatapultRuleChecks {

  private static final PolynomialRing RING = Symbols.RING;
  private static final int PRECISION = 40;
  private static final int STEPS = 200;

  /** Starts (z0, T0) at eps = 1: inside (2, 4), below 2 and just below 4. */
  public static final List<BigRational[]> STARTS = List.of(
      new BigRational[] {new BigRational(1, 10), new BigRational(3)},
      new BigRational[] {new BigRational(-1, 2), new BigRational(3, 2)},
      new BigRational[] {new BigRational(3, 10), new BigRational(39, 10)},
      new BigRational[] {new BigRational(-1, 5), new BigRational(5, 2)});

  private CatapultRuleChecks() {}

  /** Runs one row per start at Et = 0 and one row at Et = 1/2. */
  public static List<Check> checks(CatapultRule rule) {
    List<Check> rows = new ArrayList<>();
    for (BigRational[] start : STARTS) {
      rows.add(trajectory(rule, start, BigRational.ZERO));
    }
    rows.add(trajectory(rule, STARTS.get(0), new BigRational(1, 2)));
    return rows;
  }

  private static Check trajectory(CatapultRule rule, BigRational[] start, BigRational et) {
    FixedPrecisionApfloatHelper helper = new FixedPrecisionApfloatHelper(PRECISION);
    Apfloat one = new Apfloat(1, PRECISION);
    Apfloat c = ExactNumbers.of(helper, rule.level());
    Apfloat etValue = ExactNumbers.of(helper, et);
    ParameterSpaceDescent run = ParameterSpaceDescent.start(helper, one, etValue,
        ExactNumbers.of(helper, start[0]), ExactNumbers.of(helper, start[1]));
    GenPolynomial<BigRational> g = rule.factor();
    GenPolynomial<BigRational> obstruction = rule.obstructionInEt();

    Apfloat worst = new Apfloat(0, PRECISION);
    int increases = 0;
    int steps = 0;
    Apfloat t = run.sharpness();
    while (steps < STEPS && helper.abs(run.z()).compareTo(new Apfloat(10)) < 0) {
      Apfloat z = run.z();
      run.step();
      steps++;
      Apfloat next = run.sharpness();
      Map<String, Apfloat> at = Map.of("z", z, "Et", etValue);
      // Predicted: (T - c) g(z) + c, plus the obstruction, which vanishes at Et = 0.
      Apfloat predicted = helper.add(helper.add(helper.multiply(helper.subtract(t, c),
          ExactNumbers.evaluate(helper, RING, g, at)), c),
          ExactNumbers.evaluate(helper, RING, obstruction, at));
      Apfloat scale = helper.abs(next).compareTo(one) > 0 ? helper.abs(next) : one;
      Apfloat error = helper.divide(helper.abs(helper.subtract(next, predicted)), scale);
      worst = error.compareTo(worst) > 0 ? error : worst;
      if (et.isZERO() && t.compareTo(c) < 0 && next.compareTo(t) > 0) {
        increases++;
      }
      t = next;
    }

    Apfloat tolerance = helper.pow(new Apfloat(10, PRECISION), -(PRECISION - 8));
    boolean passed = worst.compareTo(tolerance) <= 0 && increases == 0;
    String what = et.isZERO()
        ? "T_(t+1) - c = (T_t - c) g(z_t) and no increase of T below c"
        : "T_(t+1) - c - (T_t - c) g(z_t) equals the derived obstruction "
            + RING.toInput(obstruction);
    return new Check(String.format(Locale.ROOT, "catapult-rule z0=%s T0=%s Et=%s", start[0],
        start[1], et), passed, worst.precision(3).toString(), tolerance.precision(3).toString(),
        String.format(Locale.ROOT, "%s along %d steps of gradient descent on (z, J) at eps = 1,"
            + " c = %s, %d digits; final T = %s, final z = %s; increases below c: %d", what,
            steps, rule.level(), PRECISION, t.precision(12), run.z().precision(6), increases));
  }

  /** LaTeX for the rule, its meaning and its obstructions. */
  static String latex(CatapultRule rule) {
    BigRational c = rule.level();
    StringBuilder tex = new StringBuilder(ResultTex.text("At $\\eoseps = 1$, $\\eosEt = 0$ the"
        + " one-step sharpness update satisfies $\\eosT_{t+1} - c = (\\eosT_t - c)\\,"
        + "g(\\eosz_t)$, hence $\\eosT_{t+1} - \\eosT_t = (\\eosT_t - c)\\bigl(g(\\eosz_t)"
        + " - 1\\bigr)$, with"));
    tex.append(new Display()
        .add("rhs json:exact.level", "c", List.of(new Term(c.signum() < 0,
            ResultTex.rational(c.abs()))))
        .add("rhs json:exact.g", "g(\\eosz)", ResultTex.terms(rule.factor()))
        .toTex());
    tex.append(ResultTex.text("The factor $g$ is at least $1$, so once $\\eosT < c$ the"
        + " sharpness only decreases and cannot return to the edge $\\eosT = 2$: there is no"
        + " edge-of-stability phase. At $\\eoseps = 1$ with $\\eosEt \\ne 0$ the rule misses"
        + " by"));
    tex.append(new Display().add("rhs json:exact.obstructionInEt",
        "\\eosT_{t+1} - c - (\\eosT_t - c)\\, g(\\eosz_t)",
        ResultTex.factoredTerms(rule.obstructionInEt())).toTex());
    tex.append(ResultTex.text("For $0 < \\eoseps < 1$ no level works, because the level"
        + " conditions contain"));
    Display free = new Display();
    List<GenPolynomial<BigRational>> obstructions = rule.obstructionsInEps();
    for (int i = 0; i < obstructions.size(); i++) {
      free.add("relation json:exact.levelFreeConditions." + i,
          Term.join(ResultTex.factoredTerms(RING.convert(CatapultRule.LEVEL,
              obstructions.get(i)))), "=", List.of(new Term(false, "0")));
    }
    tex.append(free.toTex()).append("which do not involve the level.\n");
    return tex.toString();
  }

}
