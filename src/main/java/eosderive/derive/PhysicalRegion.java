package eosderive.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;

import eosderive.model.ModelDefinition;
import eosderive.symbolic.PolynomialRing;
import eosderive.symbolic.Symja;

import org.matheclipse.core.interfaces.IExpr;

/**
 * The physical region (paper, eqs 67-68): the moments are T(k) = sum of w_i e_i^k over the
 * eigenvalues e_i of Q with eigen-weights w_i = eta (J v_i)^2 >= 0, and a real parameter vector
 * exists exactly when every weight is non-negative. The weights follow from T(0) = T and
 * T(-1) = Et + 2z (the conserved quantity); on the edge family they are rational in eps, and
 * each condition w_i >= 0 reduces to a polynomial inequality after dropping factors that are
 * positive for 0 < eps <= 1.
 */
public final class PhysicalRegion {

  /** One eigen-weight and the inequality equivalent to it being non-negative. */
  public record Weight(String name, String eigenvalue, String general, String edge,
      String inequality, String droppedPositiveFactor) {}

  private final List<Weight> weights;

  private PhysicalRegion(List<Weight> weights) {
    this.weights = weights;
  }

  public List<Weight> weights() {
    return weights;
  }

  /** Derives the weights and inequalities from the model and the closure. */
  public static PhysicalRegion derive(ModelDefinition model, OneStepMap oneStep, Symja symja) {
    IExpr eigenvalues = symja.eval(model.entry("eigenvalues"));
    int count = eigenvalues.argSize();
    List<String> names = new ArrayList<>();
    StringBuilder t0 = new StringBuilder();
    StringBuilder tMinus1 = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      String w = "weight" + i;
      names.add(w);
      IExpr e = eigenvalues.getAt(i);
      t0.append(i > 1 ? " + " : "").append(w);
      tMinus1.append(i > 1 ? " + " : "").append(w).append("/(").append(e).append(")");
    }
    String unknowns = "{" + String.join(", ", names) + "}";
    IExpr solution = symja.eval("Solve[{" + t0 + " == T, " + tMinus1 + " == ("
        + oneStep.moments().get("T(-1)") + ")}, " + unknowns + "]");
    String edgeRule = "lam -> (" + model.entry("edgeFamily") + ")";
    List<Weight> weights = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String w = names.get(i - 1);
      IExpr general = symja.eval("Together[" + w + " /. First[" + solution + "]]");
      IExpr edge = symja.eval("Together[ReplaceAll[" + general + ", " + edgeRule + "]]");
      weights.add(inequality("u" + i, eigenvalues.getAt(i).toString(), general, edge, symja));
    }
    return new PhysicalRegion(weights);
  }

  private static Weight inequality(
      String name, String eigenvalue, IExpr general, IExpr edge, Symja symja) {
    PolynomialRing ring = Symbols.RING;
    GenPolynomial<BigRational> numerator = ring.fromSymja(symja.eval("Numerator[" + edge + "]"));
    GenPolynomial<BigRational> denominator =
        ring.fromSymja(symja.eval("Denominator[" + edge + "]"));
    IExpr factored = symja.eval("Factor[" + ring.toInput(numerator) + "]");
    List<IExpr> factors = new ArrayList<>();
    if (factored.isTimes()) {
      for (int i = 1; i <= factored.argSize(); i++) {
        factors.add(factored.getAt(i));
      }
    } else {
      factors.add(factored);
    }
    GenPolynomial<BigRational> kept = ring.constant(BigRational.ONE);
    GenPolynomial<BigRational> dropped = denominator;
    for (IExpr factor : factors) {
      GenPolynomial<BigRational> f = ring.fromSymja(factor);
      if (positiveOnUnitInterval(f)) {
        dropped = dropped.multiply(f);
      } else {
        kept = kept.multiply(f);
      }
    }
    if (!positiveOnUnitInterval(denominator)) {
      throw new ArithmeticException("cannot decide the sign of the denominator "
          + ring.toInput(denominator) + " of the eigen-weight " + name);
    }
    return new Weight(name, eigenvalue, general.toString(), edge.toString(),
        ring.toInput(kept) + " >= 0", ring.toInput(dropped));
  }

  /**
   * True when f depends on eps alone, is not zero, and has only non-negative coefficients:
   * then f > 0 for 0 < eps <= 1. This is a sufficient test only; other factors are kept in the
   * inequality, which stays correct but less simplified.
   */
  static boolean positiveOnUnitInterval(GenPolynomial<BigRational> f) {
    PolynomialRing ring = Symbols.RING;
    if (f.isZERO()) {
      return false;
    }
    for (String name : ring.variables()) {
      if (!name.equals("eps") && ring.degree(f, name) > 0) {
        return false;
      }
    }
    for (Monomial<BigRational> m : f) {
      if (m.c.signum() < 0) {
        return false;
      }
    }
    return true;
  }

  /** Converts the weights to JSON-ready maps. */
  public List<Map<String, String>> toJson() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Weight w : weights) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("weight", w.name());
      row.put("eigenvalue", w.eigenvalue());
      row.put("generalLambda", w.general());
      row.put("edgeFamily", w.edge());
      row.put("inequality", w.inequality());
      row.put("droppedPositiveFactor", w.droppedPositiveFactor());
      rows.add(row);
    }
    return rows;
  }
}
