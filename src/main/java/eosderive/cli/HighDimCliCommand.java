package eosderive.cli;

import java.util.concurrent.Callable;

import eosderive.highdim.HighDimCommand;
import eosderive.highdim.SweepOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "highdim", mixinStandardHelpOptions = true,
    description = "Sweep the high-dimensional quadratic regression model over (sigma_z, sigma_J) "
        + "and write the phase diagram to DIR/verification/highdim.")
final class HighDimCliCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
      description = "Output directory (default: the working directory).")
  java.nio.file.Path out;

  @Option(names = "--full", description = "Run the full sweep with 100 seeds per cell "
      + "(hours on two cores; a cost estimate is printed first).")
  boolean full;

  @Override
  public Integer call() throws Exception {
    SweepOptions options = full ? SweepOptions.full() : SweepOptions.defaults();
    return new HighDimCommand().run(out.resolve("verification").resolve("highdim"), options);
  }
}
