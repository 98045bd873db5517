package eosderive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import eosderive.sweep.SweepCommand;
import eosderive.sweep.SweepOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Compute y_inf over a ladder of eps down to 1e-6 and classify a grid of "
        + "starts (z0, T0), with figures and report rows.",
        "Writes DIR/verification/sweeps and DIR/verification/figures; takes about two minutes "
        + "on two cores (--quick: seconds). Exit code 1 if a check fails."})
final class SweepCliCommand implements Callable<Integer> {

  @Mixin OutputOption output;

  @Option(names = "--quick", description = "Run a small ladder and grid that finish in seconds.")
  boolean quick;

  @Option(names = "--figures-only", description = "Write only the figures and their data.")
  boolean figuresOnly;

  @Override
  public Integer call() {
    SweepOptions options = quick ? SweepOptions.quick() : SweepOptions.defaults();
    return figuresOnly ? SweepCommand.figures(output.out, options)
        : SweepCommand.run(output.out, options);
  }
}
