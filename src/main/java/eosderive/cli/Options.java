package eosderive.cli;

import java.nio.file.Path;

import eosderive.latex.Notation;

import picocli.CommandLine.Option;

/** Options shared by the subcommands that derive and write results. */
final class Options {

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
      description = "Output directory; results go to DIR/derivations and DIR/verification "
          + "(default: the working directory).")
  Path out;

  @Option(names = "--order", paramLabel = "N", defaultValue = "8",
      description = "Order in z of the nullcline series, 1 to 24 (default: ${DEFAULT-VALUE}).")
  int order;

  @Option(names = "--notation", paramLabel = "NAME", defaultValue = "paper",
      description = "Notation of the LaTeX macros in eos-macros.tex: paper (z~, T(0), E~) or "
          + "plain (z, T, E) (default: ${DEFAULT-VALUE}).")
  String notation;

  @Option(names = "--quiet", description = "Print no progress messages on standard error.")
  boolean quiet;

  Notation notation() {
    return Notation.named(notation);
  }

  void progress(String message) {
    if (!quiet) {
      System.err.println("eos-derive: " + message);
    }
  }
}
