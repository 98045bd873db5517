package eosderive.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import eosderive.numeric.GdRunner;
import eosderive.numeric.RunResult;
import eosderive.numeric.RunSettings;
import eosderive.numeric.Start;
import eosderive.output.ResultWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "iterate", mixinStandardHelpOptions = true,
    description = {"Iterate the exact one-step gradient descent map at a chosen precision until "
        + "it converges, diverges or hits the step cap, and print T_inf, y_inf = T_inf - 2, "
        + "the step count and the stop reason.",
        "Numbers are exact decimals or ratios such as 0.01 or 1/100."})
final class IterateCommand implements Callable<Integer> {

  @Option(names = "--z0", required = true, paramLabel = "Z",
      description = "Initial rescaled residual z~ = eta*z.")
  String z0;

  @Option(names = "--T0", required = true, paramLabel = "T",
      description = "Initial rescaled sharpness T(0) = eta*lambda_max.")
  String t0;

  @Option(names = "--eps", required = true, paramLabel = "EPS",
      description = "Q has eigenvalues {1, -eps}; 0 < eps <= 1.")
  String eps;

  @Option(names = "--Et", defaultValue = "0", paramLabel = "ET",
      description = "Conserved quantity E~ = T(-1) - 2 z~ (default: ${DEFAULT-VALUE}).")
  String et;

  @Option(names = "--digits", defaultValue = "50", paramLabel = "D",
      description = "Working precision in significant decimal digits, 16 to 10000 "
          + "(default: ${DEFAULT-VALUE}).")
  int digits;

  @Option(names = "--tolerance", paramLabel = "TOL",
      description = "Stop when the bound on the remaining change of T is below TOL "
          + "(default: 10^(10 - digits)).")
  String tolerance;

  @Option(names = "--max-steps", defaultValue = "2000000", paramLabel = "N",
      description = "Step cap (default: ${DEFAULT-VALUE}).")
  long maxSteps;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    RunSettings settings = tolerance == null
        ? RunSettings.of(digits, "1e-" + (digits - RunSettings.DEFAULT_GUARD_DIGITS), maxSteps)
        : RunSettings.of(digits, tolerance, maxSteps);
    Start start = Start.parse(z0, t0, eps, et);
    RunResult run = GdRunner.run(start, settings);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("start", Map.of("z0", z0, "T0", t0, "eps", eps, "Et", et));
    out.put("digits", digits);
    out.put("stopReason", run.stopReason().name());
    out.put("steps", run.steps());
    out.put("T_inf", run.sharpness().toString(true));
    out.put("y_inf", run.y().toString(true));
    out.put("z_final", run.z().toString(true));
    out.put("tailBound", run.tailBound().map(b -> b.precision(6).toString(true)).orElse("none"));
    out.put("detail", run.detail());
    if (json) {
      System.out.print(ResultWriter.toJson(out));
    } else {
      out.forEach((k, v) -> System.out.println(k + ": " + v));
    }
    return 0;
  }
}
