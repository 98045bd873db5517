package eosderive.cli;

import java.util.concurrent.Callable;

import eosderive.latex.AppendixWriter;
import eosderive.latex.LatexCommand;
import eosderive.output.ResultWriter;
import eosderive.symbolic.Symja;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "all", mixinStandardHelpOptions = true,
    description = {"The main job: derive, iterate, verify and typeset with default settings.",
        "Writes DIR/derivations and DIR/verification; exit code 0 only if every check passed."})
final class AllCommand implements Callable<Integer> {

  @Mixin Options options;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    Symja symja = new Symja();
    Jobs.Derived derived = Jobs.derive(options, symja, true);
    Jobs.writeDerivations(options, derived, symja);
    boolean passed = Jobs.verify(options, derived, symja,
        new ResultWriter(options.out()).derivationsDirectory());
    LatexCommand.writeDocument(options.out(), options.notation());
    options.progress("wrote the appendix document "
        + new ResultWriter(options.out()).derivationsDirectory().resolve(AppendixWriter.FILE));
    options.progress(String.format("finished in %.1f s", (System.nanoTime() - start) / 1e9));
    return passed ? 0 : Main.EXIT_CHECK_FAILED;
  }
}
