package eosderive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import eosderive.output.ResultWriter;
import eosderive.symbolic.Symja;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Derive the results in memory, check each against an independent "
        + "computation, and write DIR/verification/report.md and report.json.",
        "Exit code 1 if any check fails."})
final class VerifyCommand implements Callable<Integer> {

  @Mixin Options options;

  @Override
  public Integer call() throws Exception {
    Symja symja = new Symja();
    Jobs.Derived derived = Jobs.derive(options, symja, true);
    // The LaTeX round trip reads fragments from files; write them to a scratch directory so
    // that verify leaves DIR/derivations untouched.
    Path scratch = Files.createTempDirectory("eos-derive-verify");
    try {
      ResultWriter writer = new ResultWriter(scratch);
      for (var result : derived.results(symja)) {
        writer.write(result);
      }
      return Jobs.verify(options, derived, symja, writer.derivationsDirectory())
          ? 0 : Main.EXIT_CHECK_FAILED;
    } finally {
      try (Stream<Path> paths = Files.walk(scratch)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
