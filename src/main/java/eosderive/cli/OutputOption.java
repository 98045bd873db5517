package eosderive.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --out DIR} option of every subcommand that writes files. */
final class OutputOption {

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
      description = "Output directory; results go to DIR/derivations, DIR/verification and "
          + "DIR/benchmarks (default: the working directory).")
  Path out;
}
