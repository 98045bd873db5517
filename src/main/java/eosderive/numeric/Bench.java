package eosderive.numeric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eosderive.output.AtomicFiles;
import eosderive.output.ResultWriter;

/**
 * Measures one-step iterations per second on every path and the time to y_inf with
 * {@link AcceleratedLimit}, and writes {@code <out>/benchmarks/BENCHMARKS.md} and
 * {@code bench.json}.
 *
 * <p>Step rates repeat 1,000-step segments from (z0, T0, eps, Et) = (-3/10, 19/10, 1/10, 0), an
 * edge-of-stability start, after a warm-up, for at least the measurement time. Each segment
 * starts from a copy of a state built once, so conversions from exact rationals are not timed.
 * Ratios compare numbers measured in the same run. Results depend on the machine and its other
 * load; this is not a test. Run it from the repository root with
 *
 * <pre>
 *   mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:$(cat target/cp.txt) eosderive.numeric.Bench .
 * </pre>
 */
public final class Bench {

  private static final int SEGMENT = 1_000;
  private static final Start START = Start.parse("-0.3", "1.9", "1/10", "0");

  private Bench() {}

  /** Runs {@link #run} with the defaults; the optional argument is the output directory. */
  public static void main(String[] args) {
    System.exit(run(Path.of(args.length > 0 ? args[0] : "."), BenchOptions.defaults()));
  }

  /** Measures, writes the two files and returns 0, or 2 when a file could not be written. */
  public static int run(Path outDir, BenchOptions options) {
    Map<String, Object> results = measure(options);
    Path directory = outDir.resolve("benchmarks");
    try {
      AtomicFiles.writeString(directory.resolve("bench.json"), ResultWriter.toJson(results));
      AtomicFiles.writeString(directory.resolve("BENCHMARKS.md"), markdown(results));
      return 0;
    } catch (IOException e) {
      System.err.println("failed to write " + directory + ": " + e.getMessage()
          + "; check that the directory is writable");
      return 2;
    }
  }

  /** Returns the measurements as an ordered map (machine, step rates, limits, ratios). */
  public static Map<String, Object> measure(BenchOptions options) {
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("machine", machine());
    Map<String, Object> rates = new LinkedHashMap<>();
    rates.put("double map", rate(options, () -> segmentDoubleMap()));
    rates.put("double map with error bound", rate(options, () -> segmentDoubleOrbit()));
    for (int digits : options.digits()) {
      int bits = FixedPointOrbit.bitsForDigits(digits);
      FixedPointOrbit fixedStart = new FixedPointOrbit(START, bits);
      rates.put("fixed point " + digits + " digits (" + bits + " bits)",
          rate(options, () -> segmentFixedPoint(fixedStart)));
      Precision precision = Precision.ofDigits(digits);
      OneStepMap map = new OneStepMap(precision, precision.of(START.epsilon()));
      ModelState apfloatStart = new ModelState(precision.of(START.u0()),
          precision.of(START.v0()), precision.of(START.z0()));
      rates.put("Apfloat " + digits + " digits",
          rate(options, () -> segmentApfloat(map, apfloatStart)));
    }
    results.put("stepsPerSecond", rates);
    Map<String, Object> ratios = new LinkedHashMap<>();
    for (int digits : options.digits()) {
      ratios.put("fixed point / Apfloat at " + digits + " digits",
          round((double) rates.get("fixed point " + digits + " digits ("
              + FixedPointOrbit.bitsForDigits(digits) + " bits)")
              / (double) rates.get("Apfloat " + digits + " digits")));
      ratios.put("double with bound / Apfloat at " + digits + " digits",
          round((double) rates.get("double map with error bound")
              / (double) rates.get("Apfloat " + digits + " digits")));
    }
    results.put("ratios", ratios);
    List<Map<String, Object>> limits = new ArrayList<>();
    for (String epsilon : options.limitEpsilons()) {
      limits.add(limit(options, epsilon));
    }
    results.put("timeToYInf", limits);
    return results;
  }

  private interface Segment {
    void run();
  }

  private static double rate(BenchOptions options, Segment segment) {
    long warmUpEnd = System.nanoTime() + (long) (options.warmUpSeconds() * 1e9);
    while (System.nanoTime() < warmUpEnd) {
      segment.run();
    }
    long steps = 0;
    long begin = System.nanoTime();
    double seconds;
    do {
      segment.run();
      steps += SEGMENT;
      seconds = (System.nanoTime() - begin) / 1e9;
    } while (seconds < options.secondsPerMeasurement());
    return round(steps / seconds);
  }

  private static volatile double sink;

  private static final DoubleOrbit DOUBLE_START = new DoubleOrbit(START);

  private static void segmentDoubleMap() {
    double eps = DOUBLE_START.epsilon();
    double u = DOUBLE_START.u();
    double v = DOUBLE_START.v();
    double z = DOUBLE_START.z();
    for (int i = 0; i < SEGMENT; i++) {
      double zNext = z - z * (u + v) + 0.5 * z * z * (u - eps * v);
      u = u * (1 - z) * (1 - z);
      v = v * (1 + eps * z) * (1 + eps * z);
      z = zNext;
    }
    sink = z;
  }

  private static void segmentDoubleOrbit() {
    DoubleOrbit orbit = DOUBLE_START.copy();
    for (int i = 0; i < SEGMENT; i++) {
      orbit.step();
    }
    sink = orbit.z() + orbit.errorZ();
  }

  private static void segmentFixedPoint(FixedPointOrbit start) {
    FixedPointOrbit orbit = start.copy();
    for (int i = 0; i < SEGMENT; i++) {
      orbit.step();
    }
    sink = orbit.z().signum();
  }

  private static void segmentApfloat(OneStepMap map, ModelState start) {
    ModelState state = start;
    for (int i = 0; i < SEGMENT; i++) {
      state = map.next(state);
    }
    sink = state.z().signum();
  }

  private static Map<String, Object> limit(BenchOptions options, String epsilon) {
    Start start = Start.parse("-1/10", "199/100", epsilon, "0");
    RunSettings settings = RunSettings.of(options.limitDigits(), options.limitTolerance(),
        RunSettings.MAX_STEP_CAP);
    long begin = System.nanoTime();
    LimitResult result = AcceleratedLimit.compute(start, LimitSettings.of(settings), s -> { });
    double seconds = (System.nanoTime() - begin) / 1e9;
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("eps", epsilon);
    row.put("start", "(z0, T0) = (-1/10, 199/100), Et = 0");
    row.put("digits", options.limitDigits());
    row.put("tolerance", options.limitTolerance());
    row.put("seconds", round(seconds));
    row.put("steps", result.steps());
    row.put("stop", result.stopReason().name());
    row.put("accelerated", result.accelerated());
    row.put("y_inf", result.y().precision(Math.min(30, result.y().precision())).toString(false));
    row.put("seriesEstimate", result.errorEstimate().map(Display::brief).orElse(""));
    row.put("consistency", result.consistency().map(Display::brief).orElse(""));
    return row;
  }

  private static Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    machine.put("cpu", cpuModel());
    machine.put("javaVersion", System.getProperty("java.version"));
    machine.put("javaVm", System.getProperty("java.vm.name") + " "
        + System.getProperty("java.vm.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return machine;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      return "unknown (/proc/cpuinfo not readable: " + e.getMessage() + ")";
    }
    return "unknown (no model name in /proc/cpuinfo)";
  }

  @SuppressWarnings("unchecked")
  public static String markdown(Map<String, Object> results) {
    StringBuilder md = new StringBuilder("# Benchmarks\n\n");
    Map<String, Object> machine = (Map<String, Object>) results.get("machine");
    md.append("Machine: ").append(machine.get("availableProcessors")).append(" processors (")
        .append(machine.get("cpu")).append("), Java ").append(machine.get("javaVersion"))
        .append(" (").append(machine.get("javaVm")).append("), ").append(machine.get("os"))
        .append(". Other processes shared the machine, so rates can vary by tens of percent.")
        .append("\n\nReproduce from the repository root:\n\n```\n")
        .append("mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt\n")
        .append("java -cp target/classes:$(cat target/cp.txt) eosderive.numeric.Bench .\n```\n\n")
        .append("## One-step iterations per second\n\nStart (z0, T0, eps, Et) = (-3/10, 19/10, "
            + "1/10, 0), 1,000-step segments.\n\n| path | steps/s |\n| --- | ---: |\n");
    for (Map.Entry<String, Object> entry
        : ((Map<String, Object>) results.get("stepsPerSecond")).entrySet()) {
      md.append(String.format(Locale.ROOT, "| %s | %.3g |%n", entry.getKey(),
          (double) entry.getValue()));
    }
    md.append("\n## Ratios measured in this run\n\n| ratio | value |\n| --- | ---: |\n");
    for (Map.Entry<String, Object> entry
        : ((Map<String, Object>) results.get("ratios")).entrySet()) {
      md.append(String.format(Locale.ROOT, "| %s | %.3g |%n", entry.getKey(),
          (double) entry.getValue()));
    }
    md.append("\nFor scale (not measured in this run): a Python mpmath loop of the same map was "
        + "reported at about 1.1e5 steps/s at 60 digits on this machine.\n\n");
    md.append("## Time to y_inf (fiber-series limit)\n\n| eps | digits | tolerance | seconds |"
        + " steps | y_inf | series estimate | consistency |\n"
        + "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |\n");
    for (Map<String, Object> row : (List<Map<String, Object>>) results.get("timeToYInf")) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %s | %s | %s |%n",
          row.get("eps"), row.get("digits"), row.get("tolerance"), (double) row.get("seconds"),
          row.get("steps"), row.get("y_inf"), row.get("seriesEstimate"),
          row.get("consistency")));
    }
    return md.toString();
  }

  private static double round(double value) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.4g", value));
  }
}
