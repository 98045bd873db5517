package eosderive.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;

import eosderive.derive.Foundation;
import eosderive.derive.YDynamicsDerivations;
import eosderive.latex.RoundTrip;
import eosderive.model.ModelDefinition;
import eosderive.output.DerivationResult;
import eosderive.output.ResultWriter;
import eosderive.symbolic.Symja;
import eosderive.verify.FoundationChecks;
import eosderive.verify.LimitLadderChecks;
import eosderive.verify.Report;

/** The work behind the subcommands, shared so that 'all' runs exactly what they run. */
final class Jobs {

  /** eps values of the y_inf ladder from grid starts that reach the edge. */
  static final List<String> LADDER = List.of("1/10", "1/20", "1/50", "1/100");

  /** eps values of the accelerated y_inf ladder compared with the derived series. */
  static final List<String> SMALL_EPS_LADDER = List.of("1e-3", "1e-4", "1e-5", "1e-6");

  private Jobs() {}

  /** Everything derived: the foundation and the y-dynamics results with their checks. */
  record Derived(Foundation foundation, YDynamicsDerivations.Outcome dynamics) {

    List<DerivationResult> results(Symja symja) {
      List<DerivationResult> all = new java.util.ArrayList<>(foundation.results(symja));
      all.addAll(dynamics.results());
      return all;
    }
  }

  static Derived derive(Options options, Symja symja, boolean withChecks) throws IOException {
    // Check every option and the output directory before the expensive work.
    Foundation.checkOrder(options.order);
    YDynamicsDerivations.Settings settings = options.dynamicsSettings(withChecks);
    options.notation();
    java.nio.file.Files.createDirectories(options.out());
    options.progress("starting Symja");
    Foundation foundation = Foundation.derive(ModelDefinition.twoParameter(), symja,
        options.order, options::progress);
    YDynamicsDerivations.Outcome dynamics =
        YDynamicsDerivations.run(foundation.model(), symja, foundation.oneStep(),
            foundation.twoStep(), settings);
    dynamics.seconds().forEach((step, seconds) -> options.progress(String.format("%s %s in %.2f s",
        step.startsWith("checks") ? "ran" : "derived", step, seconds)));
    return new Derived(foundation, dynamics);
  }

  static void writeDerivations(Options options, Derived derived, Symja symja)
      throws IOException {
    ResultWriter writer = new ResultWriter(options.out());
    for (DerivationResult result : derived.results(symja)) {
      writer.write(result);
    }
    writer.writeDerivationFile("eos-macros.tex", options.notation().macroFile());
    options.progress("wrote " + writer.derivationsDirectory());
  }

  /**
   * Runs every check, reading the LaTeX fragments back from {@code derivations}, and writes
   * the report; returns whether all passed.
   */
  static boolean verify(Options options, Derived derived, Symja symja, Path derivations)
      throws IOException {
    Foundation foundation = derived.foundation();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("order", options.order);
    settings.put("yOrder", options.yOrder);
    settings.put("limitOrder", options.limitOrder);
    settings.put("ladderDigits", 40);
    Report report = new Report(settings);
    long start = System.nanoTime();
    report.add(FoundationChecks.twoStepAgainstIteration(foundation.twoStep(), 24, 20260101L));
    BigRational eps = new BigRational(1, 10);
    report.add(FoundationChecks.seriesAgainstNewton(
        foundation.series(), foundation.twoStep(), eps, BigRational.ZERO));
    report.add(FoundationChecks.seriesAgainstNewton(
        foundation.series(), foundation.twoStep(), new BigRational(1, 3), new BigRational(1, 5)));
    start = progress(options, "checked exact identities", start);
    report.addAll(FoundationChecks.seriesAgainstRoots(foundation.series(), eps, BigRational.ZERO));
    report.addAll(FoundationChecks.seriesAgainstRoots(
        foundation.series(), new BigRational(1, 3), new BigRational(1, 5)));
    start = progress(options, "checked nullcline series against roots", start);
    report.addAll(FoundationChecks.limitLadder(LADDER, 40));
    start = progress(options, "iterated the y_inf ladder from grid starts", start);
    report.addAll(derived.dynamics().checks());
    report.addAll(LimitLadderChecks.acceleratedLadder(
        SMALL_EPS_LADDER, derived.dynamics().results(), 40));
    start = progress(options, "compared the y_inf series with accelerated iterations", start);
    report.addAll(new RoundTrip(symja).roundTrip(derivations));
    progress(options, "read the LaTeX fragments back", start);
    ResultWriter writer = new ResultWriter(options.out());
    report.write(writer.verificationDirectory());
    options.progress("wrote " + writer.verificationDirectory().resolve("report.md") + ": "
        + (report.passed() ? "all " + report.checks().size() + " checks passed"
            : report.failures() + " of " + report.checks().size() + " checks FAILED"));
    return report.passed();
  }

  private static long progress(Options options, String step, long start) {
    long now = System.nanoTime();
    options.progress(String.format("%s in %.2f s", step, (now - start) / 1e9));
    return now;
  }
}
