package eosderive.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import eosderive.highdim.HighDimCheck;
import eosderive.highdim.HighDimCommand;
import eosderive.highdim.HighDimReport;
import eosderive.highdim.Shape;
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
        "Writes DIR/verification/highdim/report.md and report.json, the sweep's CSV tables, "
        + "pgfplots data and PNG figure; exit code 1 if a check fails."})
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

  @Option(names = "--shapes", paramLabel = "DxP", split = ",",
      description = "Sweep only these shapes, for example 60x120,20x40 (default: those of the "
          + "default or full sweep).")
  List<String> shapes;

  @Option(names = "--sharpness", paramLabel = "S0", split = ",",
      description = "Grid of initial-sharpness estimates s0 = sigma_J^2 (sqrt D + sqrt P)^2.")
  List<Double> sharpness;

  @Option(names = "--ratio", paramLabel = "R", split = ",",
      description = "Grid of non-linearity ratios r = sigma_z D / 2 (eta = 1).")
  List<Double> ratio;

  @Option(names = "--cell-seeds", paramLabel = "N",
      description = "Seeds per sweep cell (default: 4, or 100 with --full).")
  Integer cellSeeds;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "highdim",
      description = "Subdirectory of DIR/verification for the results (default: "
          + "${DEFAULT-VALUE}).")
  String name;

  @Override
  public Integer call() throws Exception {
    if (seeds < 20 || seeds > 100_000) {
      throw new IllegalArgumentException("--seeds " + seeds + " is outside 20..100000; pass a "
          + "seed count in that range (200 gives standard errors of a few percent)");
    }
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("--name '" + name + "' is invalid; use letters, digits, "
          + "dots, dashes and underscores");
    }
    SweepOptions options = sweepOptions();
    Path directory = output.out.resolve("verification").resolve(name);
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
      int sweep = new HighDimCommand().run(directory, options);
      code = Math.max(code, sweep);
    }
    return code;
  }

  /** Builds the sweep from --full and the grid options, validated before any work. */
  private SweepOptions sweepOptions() {
    SweepOptions base = full ? SweepOptions.full() : SweepOptions.defaults();
    List<Shape> chosen = base.shapes();
    if (shapes != null) {
      chosen = new ArrayList<>();
      for (String shape : shapes) {
        String[] parts = shape.toLowerCase(Locale.ROOT).split("x");
        if (parts.length != 2 || !parts[0].matches("[1-9][0-9]*")
            || !parts[1].matches("[1-9][0-9]*")) {
          throw new IllegalArgumentException("--shapes entry '" + shape + "' is invalid; write "
              + "outputs x parameters, for example 60x120");
        }
        chosen.add(new Shape(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
      }
    }
    return new SweepOptions(chosen,
        sharpness != null ? sharpness : base.sharpnessGrid(),
        ratio != null ? ratio : base.ratioGrid(),
        cellSeeds != null ? cellSeeds : base.seeds(),
        base.maxSteps(), base.threads(), base.resume());
  }
}
