package eosderive.cli;

import java.util.concurrent.Callable;

import eosderive.derive.Foundation;
import eosderive.symbolic.Symja;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "derive", mixinStandardHelpOptions = true,
    description = "Derive the exact results and write DIR/derivations/*.json and *.tex.")
final class DeriveCommand implements Callable<Integer> {

  @Mixin Options options;

  @Override
  public Integer call() throws Exception {
    Symja symja = new Symja();
    Foundation foundation = Jobs.derive(options, symja);
    Jobs.writeDerivations(options, foundation, symja);
    return 0;
  }
}
