package eosderive.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The eos-derive command line. Exit codes: 0 success, 1 a verification check failed,
 * 2 invalid input or usage, 3 an internal error.
 */
@Command(
    name = "eos-derive",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Derives, checks and typesets the mathematics of gradient descent at the edge of "
            + "stability for the second-order regression model (Agarwala, Pedregosa and "
            + "Pennington, ICML 2023).",
        "Results go to DIR/derivations (JSON and LaTeX) and DIR/verification (reports)."},
    subcommands = {
        AllCommand.class,
        DeriveCommand.class,
        IterateCommand.class,
        VerifyCommand.class,
        LatexCliCommand.class,
        SweepCliCommand.class,
        BenchCliCommand.class,
        HighDimCliCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  static final int EXIT_CHECK_FAILED = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing subcommand; run 'eos-derive all' for the main job or 'eos-derive --help'");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code, without exiting; used by tests. */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      if (e instanceof IllegalArgumentException) {
        err.println("eos-derive: error: " + e.getMessage());
        return EXIT_USAGE;
      }
      if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
        err.println("eos-derive: error: cannot write the output: " + e.getMessage()
            + "; pass a writable directory with --out");
        return EXIT_USAGE;
      }
      err.println("eos-derive: internal error: " + e);
      e.printStackTrace(err);
      return EXIT_INTERNAL;
    });
    commandLine.setParameterExceptionHandler((e, args1) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("eos-derive: error: " + e.getMessage());
      err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for the options.");
      return EXIT_USAGE;
    });
    return commandLine.execute(args);
  }

  /** Prints the engine version and the library versions it was built against. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
          eosderive.output.ResultWriter.ENGINE_VERSION,
          "Symja 3.0.0, JAS 2.7.200, Apfloat 1.15.0, Commons Math 3.6.1"};
    }
  }
}
