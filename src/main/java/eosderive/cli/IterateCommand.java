package eosderive.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import eosderive.numeric.GdRunner;
import eosderive.numeric.Precision;
import eosderive.numeric.RunResult;
import eosderive.numeric.RunSettings;
import eosderive.numeric.Start;
import eosderive.output.ResultWriter;

import org.apfloat.Apfloat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "iterate", mixinStandardHelpOptions = true,
    description = {"Iterate the exact one-step gradient descent map at a chosen precision until "
        + "it converges, diverges or hits the step cap, and print T_inf, y_inf = T_inf - 2, "
        + "the step count and the stop reason.",
        "Numbers are exact decimals or ratios such as 0.01 or 1/100. Results are printed to "
            + "the digits the tail bound certifies.",
        "Exit code 0 if the run converged, 1 if it diverged or hit the step cap, 2 for invalid "
            + "input, including a start outside the physical region."})
final class IterateCommand implements Callable<Integer> {

  @Option(names = "--z0", required = true, paramLabel = "Z",
      description = "Initial rescaled residual z~ = eta*z, any rational number.")
  String z0;

  @Option(names = "--T0", required = true, paramLabel = "T",
      description = "Initial rescaled sharpness T(0) = eta*lambda_max; with Z, EPS and ET it "
          + "must give non-negative eigen-weights (derivations/physical-region.json).")
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
    Precision.ofDigits(digits);
    RunSettings settings = tolerance == null
        ? RunSettings.of(digits, "1e-" + (digits - RunSettings.DEFAULT_GUARD_DIGITS), maxSteps)
        : RunSettings.of(digits, tolerance, maxSteps);

    Start start = Start.parse(z0, t0, eps, et);
    if (!start.isPhysical()) {
      throw new IllegalArgumentException("start z0 = " + z0 + ", T0 = " + t0 + " is outside "
          + "the physical region for eps = " + eps + ", Et = " + et + ": the eigen-weights are u = "
          + start.u0() + " and v = " + start.v0() + ", and both must be >= 0; raise T0");
    }
    RunResult run = GdRunner.run(start, settings);

    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, String> startFields = new LinkedHashMap<>();
    startFields.put("z0", z0);
    startFields.put("T0", t0);
    startFields.put("eps", eps);
    startFields.put("Et", et);
    out.put("start", startFields);
    out.put("digits", digits);
    out.put("stopReason", run.stopReason().name());
    out.put("steps", run.steps());
    boolean converged = run.converged();
    out.put(converged ? "T_inf" : "T_final", certified(run.sharpness(), run));
    out.put(converged ? "y_inf" : "y_final", certified(run.y(), run));
    out.put("z_final", run.z().precision(6).toString(false));
    out.put("tailBound", run.tailBound().map(b -> b.precision(6).toString(false)).orElse("none"));
    out.put("detail", run.detail());

    if (json) {
      System.out.print(ResultWriter.toJson(out));
    } else {
      out.forEach((k, v) -> System.out.println(k + ": " + v));
    }
    return converged ? 0 : Main.EXIT_CHECK_FAILED;
  }

  /**
   * Prints {@code value} to the digits that the tail bound certifies: |value - limit| is at most
   * the bound, so digits below its magnitude are dropped. Rounding error is not included; rerun
   * with more --digits to confirm the last digit.
   */
  private static String certified(Apfloat value, RunResult run) {
    if (run.tailBound().isEmpty() || value.signum() == 0 || run.tailBound().get().signum() == 0) {
      return value.toString(true);
    }
    long certifiedDigits = value.scale() - run.tailBound().get().scale();
    long significant = Math.max(1, Math.min(certifiedDigits, value.precision()));
    return value.precision(significant).toString(true);
  }
}
