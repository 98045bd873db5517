package eosderive.derive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import edu.jas.kern.ComputerThreads;

import eosderive.model.ModelDefinition;
import eosderive.output.DerivationResult;
import eosderive.output.ResultWriter;
import eosderive.symbolic.Symja;
import eosderive.verify.Check;

/**
 * Runs the y-dynamics derivations in dependency order (y-dynamics, y-fixed-point,
 * limit-series, ode-limit, catapult-rule, gradient-flow, errata) and, on request, their
 * verification rows, timing each step with {@link System#nanoTime()}.
 */
public final class YDynamicsDerivations {

  /** Orders and the numeric settings of the checks. */
  public record Settings(int order, int limitOrder, int checkPrecision, boolean checks) {

    /** N = 6, K = 10, 50-digit checks. */
    public static Settings defaults() {
      return new Settings(YDynamics.DEFAULT_ORDER, LimitSharpness.DEFAULT_ORDER,
          LimitSharpnessChecks.DEFAULT_PRECISION, true);
    }
  }

  /** The results, the report rows, and the seconds each step took, in run order. */
  public record Outcome(
      List<DerivationResult> results, List<Check> checks, Map<String, Double> seconds) {}

  private final Map<String, Double> seconds = new LinkedHashMap<>();

  private YDynamicsDerivations() {}

  /** Derives the maps, then all seven results, then runs the checks when requested. */
  public static Outcome run(ModelDefinition model, Symja symja, Settings settings) {
    OneStepMap oneStep = OneStepMap.derive(model, symja);
    return run(model, symja, oneStep, TwoStepMap.derive(oneStep), settings);
  }

  /**
   * Derives all seven results from maps already derived from {@code model}, for example by
   * {@link Foundation}, then runs the checks when {@code settings.checks()}.
   */
  public static Outcome run(ModelDefinition model, Symja symja, OneStepMap oneStep,
      TwoStepMap twoStep, Settings settings) {
    YDynamicsDerivations timer = new YDynamicsDerivations();
    List<DerivationResult> results = new ArrayList<>();

    NullclineSeries nullclines = timer.time("y-dynamics",
        () -> NullclineSeries.derive(twoStep, settings.order()));
    YDynamics dynamics = timer.add("y-dynamics", () -> YDynamics.derive(twoStep, nullclines));
    results.add(timer.add("y-dynamics", dynamics::result));
    YFixedPoint fixedPoint = timer.time("y-fixed-point",
        () -> YFixedPoint.derive(dynamics, settings.limitOrder()));
    results.add(timer.add("y-fixed-point", fixedPoint::result));
    LimitSharpness limit = timer.time("limit-series",
        () -> LimitSharpness.derive(twoStep, settings.limitOrder()));
    results.add(timer.add("limit-series", () -> limit.result(fixedPoint)));
    OdeLimit ode = timer.time("ode-limit", () -> OdeLimit.derive(dynamics, symja));
    results.add(timer.add("ode-limit", () -> ode.result(limit, fixedPoint)));
    CatapultRule catapult = timer.time("catapult-rule", () -> CatapultRule.derive(oneStep));
    results.add(timer.add("catapult-rule", catapult::result));
    GradientFlowSharpening flow = timer.time("gradient-flow",
        () -> GradientFlowSharpening.derive(model, oneStep, symja));
    results.add(timer.add("gradient-flow", flow::result));
    Errata errata = timer.time("errata", () -> Errata.derive(
        twoStep, nullclines, dynamics, fixedPoint, limit, symja));
    results.add(timer.add("errata", errata::result));

    List<Check> checks = new ArrayList<>();
    if (settings.checks()) {
      checks.addAll(timer.time("checks: y-dynamics slopes",
          () -> YDynamicsChecks.checks(dynamics, twoStep)));
      checks.addAll(timer.time("checks: limit-series", () -> LimitSharpnessChecks.checks(limit,
          LimitSharpnessChecks.DEFAULT_EPS, LimitSharpnessChecks.DEFAULT_STARTS,
          settings.checkPrecision())));
      checks.addAll(timer.time("checks: ode-limit",
          () -> OdeLimitChecks.checks(ode, limit, fixedPoint)));
      checks.addAll(timer.time("checks: catapult-rule",
          () -> CatapultRuleChecks.checks(catapult)));
      checks.addAll(timer.time("checks: gradient-flow", flow::checks));
      checks.addAll(timer.time("checks: errata", errata::checks));
    }
    for (DerivationResult result : results) {
      addContractFields(result, model);
    }
    return new Outcome(results, checks, timer.seconds);
  }

  /** Method descriptions for the results whose builder records none itself. */
  private static final Map<String, String> METHODS = Map.of(
      "y-dynamics", "y = T - f_z(z) with the two-step z-nullcline series; z_(t+2) - z_t and "
          + "y_(t+2) - y_t expanded in (z, y) to total order N by truncated polynomial "
          + "composition (JAS)",
      "y-fixed-point", "y* = -c20/c21 from the leading terms c20 z^2 + c21 y z^2 of the "
          + "y-difference; its eps-series by exact series division",
      "ode-limit", "ODE with coefficients read from the y-expansion; first integral in w = z^2 "
          + "integrated by Symja; limit in closed form, checked by Dormand-Prince integration",
      "catapult-rule", "T_(t+1) - c compared with (T_t - c) g(z_t) on the one-step map; the "
          + "level c and its obstructions solved exactly with a Groebner basis over (c, eps, Et)",
      "gradient-flow", "dT(0)/dt = -2 z T(1) from the model's gradient flow with the "
          + "Cayley-Hamilton closure; the sign condition solved for T",
      "errata", "each printed formula of the paper compared exactly with the engine's "
          + "derivation; the printed forms are transcriptions, the derived forms are computed");

  /**
   * Puts the fields every result file carries (name, title, variables, parameters, method,
   * input) first, keeping the result's own fields after them.
   */
  private static void addContractFields(DerivationResult result, ModelDefinition model) {
    Map<String, Object> own = new LinkedHashMap<>(result.fields());
    Map<String, Object> fields = result.fields();
    fields.clear();
    fields.put("name", own.remove("name"));
    fields.put("title", own.remove("title"));
    Object symbols = own.remove("symbols");
    fields.put("variables", symbols != null ? symbols : Symbols.meanings());
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("eps", result.name().equals("catapult-rule") ? "1, and symbolic for the "
        + "obstructions" : "symbolic");
    Object et = own.get("Et");
    parameters.put("Et", et != null ? et.toString() : "symbolic");
    fields.put("parameters", parameters);
    Object method = own.remove("method");
    fields.put("method", method != null ? method : METHODS.getOrDefault(result.name(), ""));
    fields.put("input", model.source());
    fields.putAll(own);
  }

  private <T> T time(String step, Supplier<T> work) {
    seconds.remove(step);
    return add(step, work);
  }

  /** Runs {@code work} and adds its time to {@code step}. */
  private <T> T add(String step, Supplier<T> work) {
    long start = System.nanoTime();
    T value = work.get();
    seconds.merge(step, (System.nanoTime() - start) / 1e9, Double::sum);
    return value;
  }

  /**
   * Prints the time of each step and every report row; with a directory argument also writes
   * the results there through {@link ResultWriter}. Arguments: [out-dir] [N] [K].
   */
  public static void main(String[] args) throws IOException {
    Settings defaults = Settings.defaults();
    Settings settings = new Settings(
        args.length > 1 ? Integer.parseInt(args[1]) : defaults.order(),
        args.length > 2 ? Integer.parseInt(args[2]) : defaults.limitOrder(),
        defaults.checkPrecision(), true);
    long start = System.nanoTime();
    Symja symja = new Symja();
    double startup = (System.nanoTime() - start) / 1e9;
    Outcome outcome = run(ModelDefinition.twoParameter(), symja, settings);

    System.out.printf(Locale.ROOT, "%-40s %8.2f s%n", "Symja start", startup);
    double derivations = 0;
    for (Map.Entry<String, Double> e : outcome.seconds().entrySet()) {
      System.out.printf(Locale.ROOT, "%-40s %8.2f s%n", e.getKey(), e.getValue());
      if (!e.getKey().startsWith("checks")) {
        derivations += e.getValue();
      }
    }
    System.out.printf(Locale.ROOT, "%-40s %8.2f s%n", "all derivations", derivations);

    for (Check c : outcome.checks()) {
      System.out.printf(Locale.ROOT, "%s %s: %s (tolerance %s)%n",
          c.passed() ? "PASS" : "FAIL", c.name(), c.measured(), c.tolerance());
    }
    if (args.length > 0) {
      ResultWriter writer = new ResultWriter(Path.of(args[0]));
      for (DerivationResult r : outcome.results()) {
        writer.write(r);
      }
    }
    // JAS factorisation starts pool threads that would keep the JVM alive for a minute.
    ComputerThreads.terminate();
  }
}
