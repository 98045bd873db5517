package eosderive.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;

import eosderive.derive.Foundation;
import eosderive.latex.RoundTrip;
import eosderive.model.ModelDefinition;
import eosderive.output.ResultWriter;
import eosderive.symbolic.Symja;
import eosderive.verify.FoundationChecks;
import eosderive.verify.Report;

/** The work behind the subcommands, shared so that 'all' runs exactly what they run. */
final class Jobs {

  /** eps values of the y_inf ladder in the report. */
  static final List<String> LADDER = List.of("1/10", "1/20", "1/50", "1/100");

  private Jobs() {}

  static Foundation derive(Options options, Symja symja) {
    Foundation.checkOrder(options.order);
    options.progress("starting Symja");
    return Foundation.derive(ModelDefinition.twoParameter(), symja, options.order,
        options::progress);
  }

  static void writeDerivations(Options options, Foundation foundation, Symja symja)
      throws IOException {
    ResultWriter writer = new ResultWriter(options.out);
    foundation.write(writer, symja);
    writer.writeDerivationFile("eos-macros.tex", options.notation().macroFile());
    options.progress("wrote " + writer.derivationsDirectory());
  }

  /** Runs every check and writes the report; returns whether all passed. */
  static boolean verify(Options options, Foundation foundation, Symja symja, Path derivations)
      throws IOException {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("order", options.order);
    settings.put("ladderDigits", 40);
    Report report = new Report(settings);
    long start = System.nanoTime();
    report.add(FoundationChecks.twoStepAgainstIteration(foundation.twoStep(), 24, 20260101L));
    BigRational eps = new BigRational(1, 10);
    report.add(FoundationChecks.seriesAgainstNewton(
        foundation.series(), foundation.twoStep(), eps, BigRational.ZERO));
    report.add(FoundationChecks.seriesAgainstNewton(
        foundation.series(), foundation.twoStep(), new BigRational(1, 3), new BigRational(1, 5)));
    options.progress(String.format("checked exact identities in %.2f s",
        (System.nanoTime() - start) / 1e9));
    start = System.nanoTime();
    report.addAll(FoundationChecks.seriesAgainstRoots(foundation.series(), eps, BigRational.ZERO));
    report.addAll(FoundationChecks.seriesAgainstRoots(
        foundation.series(), new BigRational(1, 3), new BigRational(1, 5)));
    options.progress(String.format("checked nullcline series against roots in %.2f s",
        (System.nanoTime() - start) / 1e9));
    start = System.nanoTime();
    report.addAll(FoundationChecks.limitLadder(LADDER, 40));
    options.progress(String.format("iterated the y_inf ladder in %.2f s",
        (System.nanoTime() - start) / 1e9));
    start = System.nanoTime();
    report.addAll(new RoundTrip(symja).roundTrip(derivations));
    options.progress(String.format("read every LaTeX fragment back in %.2f s",
        (System.nanoTime() - start) / 1e9));
    ResultWriter writer = new ResultWriter(options.out);
    report.write(writer.verificationDirectory());
    options.progress("wrote " + writer.verificationDirectory().resolve("report.md") + ": "
        + (report.passed() ? "all " + report.checks().size() + " checks passed"
            : report.failures() + " checks FAILED"));
    return report.passed();
  }
}
