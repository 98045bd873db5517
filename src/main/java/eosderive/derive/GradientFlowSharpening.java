package eosderive.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.model.ModelDefinition;
import eosderive.latex.Display;
import eosderive.latex.ResultTex;
import eosderive.output.DerivationResult;
import eosderive.symbolic.PolynomialRing;
import eosderive.symbolic.Symja;
import eosderive.verify.Check;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Progressive sharpening under gradient flow.
 *
 * <p>The flow is the small-step limit of the model's update: with z -> h z and T[k] -> h T[k]
 * (both O(eta) in rescaled units) the h^2 terms of z_(t+1) - z_t and T[k]_(t+1) - T[k]_t are
 * one step of gradient flow, dz/dt = -z T[0] and dT[k]/dt = -2 z T[k+1]. Symja extracts them
 * from the model definition. The closure of {@link OneStepMap} gives T[1] in (z, T, eps, Et), so
 * dT/dt = S(z, T, eps, Et) = -2 z T[1], and the sharpness rises exactly where S > 0, that is
 * where z and T[1] have opposite signs. The flow also conserves Et = T[-1] - 2z (checked).
 */
public final class GradientFlowSharpening {

  private static final PolynomialRing RING = Symbols.RING;

  private final IExpr zFlow;
  private final IExpr momentFlow;
  private final IExpr conservedRate;
  private final GenPolynomial<BigRational> firstMoment;
  private final GenPolynomial<BigRational> rate;

  private GradientFlowSharpening(IExpr zFlow, IExpr momentFlow, IExpr conservedRate,
      GenPolynomial<BigRational> firstMoment, GenPolynomial<BigRational> rate) {
    this.zFlow = zFlow;
    this.momentFlow = momentFlow;
    this.conservedRate = conservedRate;
    this.firstMoment = firstMoment;
    this.rate = rate;
  }

  /** Derives the flow from the model and closes it with the one-step closure. */
  public static GradientFlowSharpening derive(
      ModelDefinition model, OneStepMap oneStep, Symja symja) {
    String scale = " /. {z -> hFlow*z, T[jFlow_] :> hFlow*T[jFlow]}";
    IExpr zFlow = symja.eval("Coefficient[Expand[((" + model.entry("zNext") + ") - z)" + scale
        + "], hFlow, 2]");
    IExpr momentFlow = symja.eval("Coefficient[Expand[((" + model.entry("momentNext")
        + ") - T[k])" + scale + "], hFlow, 2]");
    IExpr conservedRate = symja.eval("Expand[(" + momentFlow + " /. k -> -1) - 2*(" + zFlow
        + ")]");
    GenPolynomial<BigRational> lamOnEdge = RING.fromSymja(symja.eval(model.entry("edgeFamily")));
    GenPolynomial<BigRational> t1 = RING.substitute(
        RING.fromSymja(symja.eval("Expand[" + oneStep.moments().get("T(1)") + "]")), "lam",
        lamOnEdge);
    IExpr sharpnessFlow = symja.eval("(" + momentFlow + ") /. k -> 0");
    IExpr closedRate = symja.eval("Expand[(" + sharpnessFlow + ") /. {T[0] -> T, T[1] -> ("
        + RING.toInput(t1) + ")}]");
    return new GradientFlowSharpening(
        zFlow, momentFlow, conservedRate, t1, RING.fromSymja(closedRate));
  }

  /** dz/dt from the model, in z and T[0]. */
  public IExpr zFlow() {
    return zFlow;
  }

  /** dT[k]/dt from the model. */
  public IExpr momentFlow() {
    return momentFlow;
  }

  /** d(T[-1] - 2 z)/dt by the flow; zero when Et is conserved. */
  public IExpr conservedRate() {
    return conservedRate;
  }

  /** T[1] = (1 - eps) T + eps (Et + 2 z) from the closure. */
  public GenPolynomial<BigRational> firstMoment() {
    return firstMoment;
  }

  /** S(z, T, eps, Et) = dT/dt; sharpening where S > 0. */
  public GenPolynomial<BigRational> rate() {
    return rate;
  }

  /** Builds the {@code gradient-flow} result. */
  public DerivationResult result() {
    DerivationResult result = new DerivationResult(
        "gradient-flow", "Progressive sharpening condition under gradient flow");
    result.put("symbols", Symbols.meanings());
    Map<String, String> flow = new LinkedHashMap<>();
    flow.put("dz/dt", zFlow.toString());
    flow.put("dT[k]/dt", momentFlow.toString());
    result.put("flow", flow);
    result.put("derivation", "h^2 terms of the model's one-step update under z -> h z,"
        + " T[k] -> h T[k]");
    result.put("conservedQuantityRate", conservedRate.toString());
    result.put("closure", "T[1] = " + RING.toInput(firstMoment));
    result.put("sharpeningRate", "dT/dt = " + RING.toInput(rate));
    result.put("condition", "dT/dt > 0 exactly when z*(" + RING.toInput(firstMoment)
        + ") < 0: z < 0 with T[1] > 0, or z > 0 with T[1] < 0");
    // At Et = 0, T[1] = a1 T + a0 with a1 = 1 - eps > 0 and a0 = 2 eps z, so for T > 0 only
    // z < 0 can sharpen, and then exactly above the root T = -a0/a1 of T[1].
    GenPolynomial<BigRational> firstAtZero = YDynamics.atEtZero(firstMoment);
    GenPolynomial<BigRational>[] threshold = YFixedPoint.lowestTerms(
        RING.coefficient(firstAtZero, "T", 0).negate(), RING.coefficient(firstAtZero, "T", 1));
    result.put("conditionAtEt0", "for T > 0 and 0 < eps < 1 at Et = 0: z < 0 and T > ("
        + RING.toInput(threshold[0]) + ")/(" + RING.toInput(threshold[1]) + "), the root of"
        + " T[1]; at eps = 1, Et = 0 the rate is "
        + RING.toInput(atPoint(rate, BigRational.ONE, BigRational.ZERO)) + " <= 0");
    GenPolynomial<BigRational> rateAtEdge = atPoint(rate, BigRational.ONE, BigRational.ZERO);
    Map<String, String> exact = new LinkedHashMap<>();
    exact.put("dz/dt", RING.toInput(RING.variable("z").multiply(RING.variable("T")).negate()));
    exact.put("T[1]", RING.toInput(firstMoment));
    exact.put("dT/dt", RING.toInput(rate));
    exact.put("thresholdAtEt0",
        "(" + RING.toInput(threshold[0]) + ")/(" + RING.toInput(threshold[1]) + ")");
    exact.put("dT/dt at eps = 1, Et = 0", RING.toInput(rateAtEdge));
    result.put("exact", exact);
    StringBuilder tex = new StringBuilder(ResultTex.text("Under gradient flow, with"
        + " $\\frac{d\\eosTk{k}}{dt} = -2\\eosz\\eosTk{k+1}$ and the closure,"));
    tex.append(new Display()
        .add("rhs json:exact.dz/dt", "\\frac{d\\eosz}{dt}",
            ResultTex.terms(RING.variable("z").multiply(RING.variable("T")).negate()))
        .add("rhs json:exact.T[1]", "\\eosTk{1}", ResultTex.terms(firstMoment))
        .add("rhs json:exact.dT/dt", "\\frac{d\\eosT}{dt}", ResultTex.factoredTerms(rate))
        .toTex());
    tex.append(ResultTex.text("so the sharpness rises exactly where $\\eosz$ and $\\eosTk{1}$"
        + " have opposite signs; at $\\eosEt = 0$, $\\eosT > 0$ and $0 < \\eoseps < 1$ that is"
        + " $\\eosz < 0$ and $\\eosT > \\eosT_{c}$, and at $\\eoseps = 1$, $\\eosEt = 0$ the"
        + " rate is never positive:"));
    tex.append(new Display()
        .add("rhs json:exact.thresholdAtEt0", "\\eosT_{c}",
            ResultTex.quotient(threshold[0], threshold[1]))
        .add("rhs json:exact.dT/dt at eps = 1, Et = 0",
            "\\frac{d\\eosT}{dt}\\Big|_{\\eoseps = 1,\\, \\eosEt = 0}",
            ResultTex.factoredTerms(rateAtEdge))
        .toTex());
    result.tex(tex.toString());
    return result;
  }

  static GenPolynomial<BigRational> atPoint(
      GenPolynomial<BigRational> p, BigRational eps, BigRational et) {
    return RING.substitute(p, Map.of("eps", RING.constant(eps), "Et", RING.constant(et)));
  }

  /** Points (z, T, eps, Et) on both sides of the condition, including Et != 0 and eps = 1. */
  public static final List<BigRational[]> POINTS = List.of(
      point(-1, 2, 3, 2, 1, 2, 0, 1),
      point(-1, 2, 4, 5, 1, 2, 0, 1),
      point(3, 10, 3, 2, 1, 2, 0, 1),
      point(1, 5, 2, 1, 1, 2, -3, 1),
      point(-3, 10, 3, 2, 1, 1, 0, 1));

  private static BigRational[] point(long zn, long zd, long tn, long td, long en, long ed,
      long etn, long etd) {
    return new BigRational[] {new BigRational(zn, zd), new BigRational(tn, td),
        new BigRational(en, ed), new BigRational(etn, etd)};
  }

  /**
   * Checks each point by gradient flow in parameter space, dz/dt = -z J.J and dJ/dt = -z J Q with
   * Q = diag(1, -eps), integrated by Dormand-Prince 8(5,3) over dt = 10^-4 from a Jacobian with
   * the point's T and Et. The measured (T(dt) - T(0))/dt must have the sign of S and match it to
   * a relative 10^-3; this route uses no closure.
   */
  public List<Check> checks() {
    List<Check> rows = new ArrayList<>();
    for (BigRational[] p : POINTS) {
      double z = p[0].doubleValue();
      double t = p[1].doubleValue();
      double eps = p[2].doubleValue();
      double et = p[3].doubleValue();
      double predicted = atPoint(RING.substitute(rate, Map.of("z", RING.constant(p[0]),
          "T", RING.constant(p[1]))), p[2], p[3]).leadingBaseCoefficient().doubleValue();
      double j2 = eps * (t - et - 2 * z) / (1 + eps);
      double j1 = t - j2;
      double[] state = {z, Math.sqrt(j1), Math.sqrt(j2)};
      FirstOrderDifferentialEquations flow = new FirstOrderDifferentialEquations() {
        @Override
        public int getDimension() {
          return 3;
        }

        @Override
        public void computeDerivatives(double time, double[] s, double[] ds) {
          ds[0] = -s[0] * (s[1] * s[1] + s[2] * s[2]);
          ds[1] = -s[0] * s[1];
          ds[2] = s[0] * eps * s[2];
        }
      };
      double dt = 1e-4;
      new DormandPrince853Integrator(1e-12, 1e-3, 1e-15, 1e-13)
          .integrate(flow, 0, state, dt, state);
      double measured = (state[1] * state[1] + state[2] * state[2] - t) / dt;
      boolean sameSign = Math.signum(measured) == Math.signum(predicted);
      double relative = Math.abs(measured - predicted) / Math.abs(predicted);
      rows.add(new Check(String.format(Locale.ROOT, "gradient-flow z=%s T=%s eps=%s Et=%s",
          p[0], p[1], p[2], p[3]), sameSign && relative <= 1e-3,
          String.format(Locale.ROOT, "%.6f", measured),
          String.format(Locale.ROOT, "%.6f (relative 1e-3)", predicted),
          (predicted > 0 ? "sharpening" : "no sharpening") + " predicted by S = dT/dt;"
              + " measured (T(dt) - T(0))/dt of parameter-space gradient flow, dt = 1e-4,"
              + " Dormand-Prince 8(5,3)"));
    }
    return rows;
  }
}
