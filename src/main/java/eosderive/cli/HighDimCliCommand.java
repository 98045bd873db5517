package eosderive.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import eosderive.highdim.HighDimCheck;
import eosderive.highdim.HighDimCommand;
import eosderive.highdim.HighDimReport;
import eosderive.highdim.SweepOptions;
import eosderive.verify.Check;
import eosderive.verify.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "highdim", mixinStandardHelpOptions = true,
    description = {"The high-dimensional quadratic regression model: Monte Carlo checks of the "
        + "paper's Theorem 4.1 and of the non-linearity ratio r_NL, and a sweep over "
        + "(sigma_z, sigma_J) with the phase diagram of the final sharpness.",
        "Writes DIR/verification/highdim/report.md and report.json, the sweep's CSV, .dat and "
        + "PNG files; exit code 1 if a check fails."})
final class HighDimCliCommand implements Callable<Integer> {

  @Mixin OutputOption output;

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "200",
      description = "Monte Carlo seeds per check, 20 to 100000 (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--no-sweep", description = "Run the checks only, not the phase-diagram sweep.")
  boolean noSweep;

  @Option(names = "--full", description = "Run the full sweep with 100 seeds per cell "
      + "(hours on two cores; a cost estimate is printed first).")
  boolean full;

  @Override
  public Integer call() throws Exception {
    if (seeds < 20 || seeds > 100_000) {
      throw new IllegalArgumentException("--seeds " + seeds + " is outside 20..100000; pass a "
          + "seed count in that range (200 gives standard errors of a few percent)");
    }
    Path directory = output.out.resolve("verification").resolve("highdim");
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("seeds", seeds);
    settings.put("firstSeed", 0);
    Report report = new Report(settings);
    System.err.println("eos-derive: running the Monte Carlo checks with " + seeds + " seeds");
    for (HighDimCheck c : HighDimReport.checks(seeds, 0L)) {
      report.add(new Check(c.name(), c.passed(), c.measured(), c.tolerance(), c.detail()));
    }
    report.write(directory);
    System.err.println("eos-derive: wrote " + directory.resolve("report.md") + ": "
        + (report.passed() ? "all checks passed" : report.failures() + " checks FAILED"));
    int code = report.passed() ? 0 : Main.EXIT_CHECK_FAILED;
    if (!noSweep) {
      SweepOptions options = full ? SweepOptions.full() : SweepOptions.defaults();
      int sweep = new HighDimCommand().run(directory, options);
      code = Math.max(code, sweep);
    }
    return code;
  }
}
