package eosderive.derive;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import edu.jas.kern.ComputerThreads;

import eosderive.model.ModelDefinition;
import eosderive.output.DerivationResult;
import eosderive.output.ResultWriter;
import eosderive.symbolic.Symja;

/**
 * Runs the derivations of the two-parameter model in order: closure and one-step map,
 * physical region, two-step map, nullcline series. Each step reports its wall time through
 * a progress callback.
 */
public final class Foundation {

  /** Largest series order accepted; order 16 takes about 5 s, and the cost grows like N^4. */
  public static final int MAX_ORDER = 24;

  private final ModelDefinition model;
  private final OneStepMap oneStep;
  private final PhysicalRegion region;
  private final TwoStepMap twoStep;
  private final NullclineSeries series;

  private Foundation(ModelDefinition model, OneStepMap oneStep, PhysicalRegion region,
      TwoStepMap twoStep, NullclineSeries series) {
    this.model = model;
    this.oneStep = oneStep;
    this.region = region;
    this.twoStep = twoStep;
    this.series = series;
  }

  /** Checks a series order and returns it. */
  public static int checkOrder(int order) {
    if (order < 1 || order > MAX_ORDER) {
      throw new IllegalArgumentException("series order " + order + " is outside 1.."
          + MAX_ORDER + "; pass --order between 1 and " + MAX_ORDER);
    }
    return order;
  }

  /** Derives everything from {@code model} with nullcline series of order {@code order}. */
  public static Foundation derive(ModelDefinition model, Symja symja, int order,
      Consumer<String> progress) {
    checkOrder(order);
    // JAS otherwise races two gcd algorithms on pool threads that outlive the computation.
    ComputerThreads.setNoThreads();
    long start = System.nanoTime();
    OneStepMap oneStep = OneStepMap.derive(model, symja);
    start = report(progress, "one-step map and closure", start);
    PhysicalRegion region = PhysicalRegion.derive(model, oneStep, symja);
    start = report(progress, "physical region", start);
    TwoStepMap twoStep = TwoStepMap.derive(oneStep);
    start = report(progress, "two-step map", start);
    NullclineSeries series = NullclineSeries.derive(twoStep, order);
    report(progress, "nullcline series to order " + order, start);
    return new Foundation(model, oneStep, region, twoStep, series);
  }

  private static long report(Consumer<String> progress, String step, long start) {
    long now = System.nanoTime();
    progress.accept(String.format("derived %s in %.2f s", step, (now - start) / 1e9));
    return now;
  }

  /** Builds the result files of the foundation, in a fixed order. */
  public List<DerivationResult> results(Symja symja) {
    return List.of(
        FoundationResults.oneStepMap(model, oneStep, symja),
        FoundationResults.oneStepNullclines(model, oneStep),
        FoundationResults.physicalRegion(model, region, symja),
        FoundationResults.twoStepMap(model, twoStep),
        FoundationResults.nullclineSeries(model, series));
  }

  /** Writes every result file. */
  public void write(ResultWriter writer, Symja symja) throws IOException {
    for (DerivationResult result : results(symja)) {
      writer.write(result);
    }
  }

  public ModelDefinition model() {
    return model;
  }

  public OneStepMap oneStep() {
    return oneStep;
  }

  public TwoStepMap twoStep() {
    return twoStep;
  }

  public NullclineSeries series() {
    return series;
  }
}
