package eosderive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import eosderive.numeric.Bench;
import eosderive.numeric.BenchOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure one-step iterations per second in double and at 30, 60, 200 and "
        + "1000 digits, and the time to y_inf at eps = 1e-2, 1e-4 and 1e-6.",
        "Writes DIR/benchmarks/BENCHMARKS.md and bench.json."})
final class BenchCliCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
      description = "Output directory (default: the working directory).")
  Path out;

  @Override
  public Integer call() {
    return Bench.run(out, BenchOptions.defaults());
  }
}
