package eosderive.cli;

import java.util.concurrent.Callable;

import eosderive.derive.Foundation;
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
    Foundation foundation = Jobs.derive(options, symja);
    return Jobs.verify(options, foundation) ? 0 : Main.EXIT_CHECK_FAILED;
  }
}
