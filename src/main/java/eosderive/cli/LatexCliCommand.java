package eosderive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import eosderive.latex.LatexCommand;
import eosderive.latex.Notation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "latex", mixinStandardHelpOptions = true,
    description = {"Typeset the results as LaTeX fragments and the appendix document, and read "
        + "every fragment back to check that it is the exact result.",
        "With --result NAME --stdout, print that one fragment and write nothing.",
        "Exit code 1 if a fragment does not read back as its result."})
final class LatexCliCommand implements Callable<Integer> {

  @Mixin OutputOption output;

  @Option(names = "--result", paramLabel = "NAME",
      description = "Only this result: one-step-map, one-step-nullclines, physical-region, "
          + "two-step-map or nullcline-series.")
  String result;

  @Option(names = "--order", paramLabel = "N", defaultValue = "8",
      description = "Order in z of the nullcline series, 1 to 24 (default: ${DEFAULT-VALUE}).")
  int order;

  @Option(names = "--notation", paramLabel = "NAME", defaultValue = "paper",
      description = "paper (z~, T(0), E~) or plain (z, T, E) (default: ${DEFAULT-VALUE}).")
  String notation;

  @Option(names = "--stdout", description = "Print the fragment (or the appendix) to standard "
      + "output.")
  boolean stdout;

  @Override
  public Integer call() throws Exception {
    return LatexCommand.run(output.out, result, order, stdout, Notation.named(notation), System.out);
  }
}
