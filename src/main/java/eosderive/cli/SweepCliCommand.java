package eosderive.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import edu.jas.arith.BigRational;
import edu.jas.kern.ComputerThreads;

import eosderive.derive.LimitSharpness;
import eosderive.derive.OneStepMap;
import eosderive.derive.TwoStepMap;
import eosderive.model.ModelDefinition;
import eosderive.sweep.SweepCommand;
import eosderive.sweep.SweepOptions;
import eosderive.symbolic.Symja;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Compute y_inf over a ladder of eps down to 1e-6 and classify a grid of "
        + "starts (z0, T0), with figures and report rows.",
        "Writes DIR/verification/sweeps and DIR/verification/figures; takes about two minutes "
        + "on two cores (--quick: seconds). Exit code 1 if a check fails."})
final class SweepCliCommand implements Callable<Integer> {

  @Mixin OutputOption output;

  @Option(names = "--quick", description = "Run a small ladder and grid that finish in seconds.")
  boolean quick;

  @Option(names = "--figures-only", description = "Write only the figures and their data.")
  boolean figuresOnly;

  @Override
  public Integer call() {
    SweepOptions options = (quick ? SweepOptions.quick() : SweepOptions.defaults())
        .withDerivedSeries(derivedRemainder());
    int code = figuresOnly ? SweepCommand.figures(output.out, options)
        : SweepCommand.run(output.out, options);
    System.err.println("eos-derive: wrote " + output.out.resolve("verification")
        + (figuresOnly ? "/figures" : "/sweeps and /figures"));
    return code;
  }

  /**
   * Derives the eps-series of y_inf (order 10) and returns its remainder y_inf + eps/2 at 31
   * log-spaced eps from 1e-6 to 1/5, for the figure's "derived series" curve.
   */
  private static List<List<String>> derivedRemainder() {
    ComputerThreads.setNoThreads();
    System.err.println("eos-derive: deriving the eps-series of y_inf for the figure");
    LimitSharpness limit = LimitSharpness.derive(
        TwoStepMap.derive(OneStepMap.derive(ModelDefinition.twoParameter(), new Symja())),
        LimitSharpness.DEFAULT_ORDER);
    List<BigRational> c = limit.coefficients();
    List<List<String>> points = new ArrayList<>();
    int count = 30;
    for (int i = 0; i <= count; i++) {
      double exponent = -6 + (6 - Math.log10(5)) * i / count;
      BigRational eps = new BigRational(
          new BigDecimal(Math.pow(10, exponent)).round(new MathContext(4)).toPlainString());
      BigRational remainder = BigRational.ZERO;
      for (int k = 2; k <= c.size(); k++) {
        remainder = remainder.sum(c.get(k - 1).multiply(eps.power(k)));
      }
      points.add(List.of(eps.toString(), remainder.toString()));
    }
    return points;
  }
}
