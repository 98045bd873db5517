package eosderive.latex;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import eosderive.derive.Foundation;
import eosderive.derive.YDynamicsDerivations;
import eosderive.model.ModelDefinition;
import eosderive.output.DerivationResult;
import eosderive.output.ResultWriter;
import eosderive.symbolic.Symja;
import eosderive.verify.Check;

/**
 * The work behind {@code eos-derive latex}: derive the results, then print one fragment or
 * write all fragments with the notation macros, the verification summary and the appendix
 * document, and read every fragment back ({@link RoundTrip}).
 */
public final class LatexCommand {

  /** The results of the foundation, in document order. */
  public static final List<String> FOUNDATION = List.of("one-step-map",
      "one-step-nullclines", "physical-region", "two-step-map", "nullcline-series");

  /** The results derived from the foundation by {@link YDynamicsDerivations}. */
  public static final List<String> DYNAMICS = List.of("y-dynamics", "y-fixed-point",
      "limit-series", "ode-limit", "catapult-rule", "gradient-flow", "errata");

  /** The results this command typesets, in document order. */
  public static final List<String> RESULTS = Stream.concat(FOUNDATION.stream(),
      DYNAMICS.stream()).toList();

  private LatexCommand() {}

  /**
   * Runs the command.
   *
   * @param outDir output directory; files go to {@code outDir/derivations}
   * @param resultName one of {@link #RESULTS}, or null for all results and the appendix
   * @param order order of the nullcline series
   * @param stdout print instead of writing: the fragment of {@code resultName}, or with all
   *     results the appendix text after writing every file
   * @param notation the macros written to {@code eos-macros.tex}
   * @param out where printed text goes
   * @return 0, or 1 when a fragment does not read back as its result
   */
  public static int run(Path outDir, String resultName, int order, boolean stdout,
      Notation notation, PrintStream out) throws IOException {
    Foundation.checkOrder(order);
    if (resultName != null && !RESULTS.contains(resultName)) {
      throw new IllegalArgumentException("unknown result '" + resultName
          + "'; choose one of " + String.join(", ", RESULTS));
    }
    Symja symja = new Symja();
    Foundation foundation =
        Foundation.derive(ModelDefinition.twoParameter(), symja, order, message -> { });
    List<DerivationResult> results = new ArrayList<>(foundation.results(symja));
    if (resultName == null || DYNAMICS.contains(resultName)) {
      YDynamicsDerivations.Settings d = YDynamicsDerivations.Settings.defaults();
      results.addAll(YDynamicsDerivations.run(foundation.model(), symja, foundation.oneStep(),
          foundation.twoStep(),
          new YDynamicsDerivations.Settings(d.order(), d.limitOrder(), d.checkPrecision(), false))
          .results());
    }
    ResultWriter writer = new ResultWriter(outDir);
    if (resultName != null) {
      DerivationResult result = results.stream()
          .filter(r -> r.name().equals(resultName)).findFirst().orElseThrow();
      if (stdout) {
        out.print(result.texFragment());
        return 0;
      }
      writer.write(result);
      writer.writeDerivationFile("eos-macros.tex", notation.macroFile());
      return new RoundTrip(symja).roundTrip(writer.derivationsDirectory()).stream()
          .filter(c -> c.name().endsWith(": " + resultName))
          .allMatch(Check::passed) ? 0 : 1;
    }
    for (DerivationResult r : results) {
      writer.write(r);
    }
    writeDocument(outDir, notation);
    boolean passed = true;
    for (Check c : new RoundTrip(symja).roundTrip(writer.derivationsDirectory())) {
      passed &= c.passed();
      if (!c.passed()) {
        System.err.println("eos-derive: " + c.name() + " FAILED: " + c.detail());
      }
    }
    if (stdout) {
      out.print(AppendixWriter.document());
    }
    return passed ? 0 : 1;
  }

  /**
   * Writes {@code eos-macros.tex} in {@code notation}, {@code verification-summary.tex} when
   * {@code outDir/verification/report.json} exists, and {@code appendix.tex}, all under
   * {@code outDir/derivations}. Call it after the fragments and the report are written.
   */
  public static void writeDocument(Path outDir, Notation notation) throws IOException {
    ResultWriter writer = new ResultWriter(outDir);
    writer.writeDerivationFile("eos-macros.tex", notation.macroFile());
    Path report = writer.verificationDirectory().resolve("report.json");
    if (Files.exists(report)) {
      VerificationSummary.write(report, writer.derivationsDirectory());
    }
    writer.writeDerivationFile(AppendixWriter.FILE, AppendixWriter.document());
  }
}
