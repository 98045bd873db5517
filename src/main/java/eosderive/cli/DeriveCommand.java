package eosderive.cli;

import java.util.concurrent.Callable;

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
    Jobs.Derived derived = Jobs.derive(options, symja, false);
    Jobs.writeDerivations(options, derived, symja);
    return 0;
  }
}
