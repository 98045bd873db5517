package eosderive.cli;

import java.nio.file.Path;

import eosderive.derive.YDynamicsDerivations;
import eosderive.latex.Notation;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the subcommands that derive and write results. */
final class Options {

  @Mixin OutputOption output;

  @Option(names = "--order", paramLabel = "N", defaultValue = "8",
      description = "Order in z of the nullcline series, 1 to 24 (default: ${DEFAULT-VALUE}).")
  int order;

  @Option(names = "--y-order", paramLabel = "N", defaultValue = "6",
      description = "Total order in (z, y) of the y-dynamics expansion, 2 to 12 "
          + "(default: ${DEFAULT-VALUE}).")
  int yOrder;

  @Option(names = "--limit-order", paramLabel = "K", defaultValue = "10",
      description = "Order in eps of the limiting-sharpness series, 1 to 24 "
          + "(default: ${DEFAULT-VALUE}).")
  int limitOrder;

  @Option(names = "--notation", paramLabel = "NAME", defaultValue = "paper",
      description = "Notation of the LaTeX macros in eos-macros.tex: paper (z~, T(0), E~) or "
          + "plain (z, T, E) (default: ${DEFAULT-VALUE}).")
  String notation;

  @Option(names = "--quiet", description = "Print no progress messages on standard error.")
  boolean quiet;

  /** Checks the y-dynamics and limit orders and returns the derivation settings. */
  YDynamicsDerivations.Settings dynamicsSettings(boolean withChecks) {
    if (yOrder < 2 || yOrder > 12) {
      throw new IllegalArgumentException("--y-order " + yOrder + " is outside 2..12; pass a "
          + "total order between 2 and 12");
    }
    if (limitOrder < 1 || limitOrder > 24) {
      throw new IllegalArgumentException("--limit-order " + limitOrder + " is outside 1..24; "
          + "pass an order between 1 and 24");
    }
    YDynamicsDerivations.Settings defaults = YDynamicsDerivations.Settings.defaults();
    return new YDynamicsDerivations.Settings(
        yOrder, limitOrder, defaults.checkPrecision(), withChecks);
  }

  Notation notation() {
    return Notation.named(notation);
  }

  Path out() {
    return output.out;
  }

  void progress(String message) {
    if (!quiet) {
      System.err.println("eos-derive: " + message);
    }
  }
}
