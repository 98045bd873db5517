package eosderive.cli;

import java.nio.file.Path;

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

  @Option(names = "--quiet", description = "Print no progress messages on standard error.")
  boolean quiet;

  void progress(String message) {
    if (!quiet) {
      System.err.println("eos-derive: " + message);
    }
  }
}
