package eosderive.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import eosderive.derive.DeriveBenchmark;
import eosderive.numeric.Bench;
import eosderive.numeric.BenchOptions;
import eosderive.output.AtomicFiles;
import eosderive.output.ResultWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure one-step iterations per second in double and at 30, 60, 200 and "
        + "1000 digits, the time to y_inf at eps = 1e-2, 1e-4 and 1e-6, and the wall time of "
        + "the symbolic derivations.",
        "Writes DIR/benchmarks/BENCHMARKS.md and bench.json; takes about two minutes."})
final class BenchCliCommand implements Callable<Integer> {

  @Mixin OutputOption output;

  @Override
  public Integer call() throws Exception {
    System.err.println("eos-derive: measuring the symbolic derivations");
    Map<String, Double> symbolic = DeriveBenchmark.measure();
    System.err.println("eos-derive: measuring the numeric iteration");
    Map<String, Object> numeric = Bench.measure(BenchOptions.defaults());
    Map<String, Object> all = new LinkedHashMap<>(numeric);
    all.put("symbolicSeconds", symbolic);
    Path directory = output.out.resolve("benchmarks");
    AtomicFiles.writeString(directory.resolve("bench.json"), ResultWriter.toJson(all));
    String page = Bench.markdown(numeric).replace(
        "java -cp target/classes:$(cat target/cp.txt) eosderive.numeric.Bench .",
        "java -jar target/eos-derive.jar bench")
        .replace("mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt",
            "mvn -q -B package -DskipTests");
    AtomicFiles.writeString(directory.resolve("BENCHMARKS.md"),
        page + DeriveBenchmark.markdown(symbolic));
    System.err.println("eos-derive: wrote " + directory.resolve("BENCHMARKS.md"));
    return 0;
  }
}
