package eosderive.highdim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Report rows for Theorem 4.1 and the non-linearity ratio r_NL (eq. 27) of Agarwala, Pedregosa
 * and Pennington, each comparing a Monte Carlo measurement with the value derived in
 * {@link Theorem41} or {@link NonlinearRatio}. All scales are rescaled units (η = 1, see
 * {@link Units}). With the default 200 seeds the rows took 54 s on one core of a shared 2-core
 * machine.
 */
public final class HighDimReport {

  /** Acceptance distance in standard errors for Monte Carlo comparisons. */
  public static final double STANDARD_ERRORS = 4.0;

  private static final int SHAPE_OUTPUTS = 60;
  private static final int SHAPE_PARAMS = 120;
  private static final double SHARPNESS = 1.0;
  private static final double RATIO = 0.1;

  private HighDimReport() {}

  /** Returns the rows with 200 seeds starting at seed 0. */
  public static List<HighDimCheck> checks() {
    return checks(200, 0L);
  }

  /** Returns the rows measured over seeds firstSeed … firstSeed + seeds − 1 (seeds ≥ 2). */
  public static List<HighDimCheck> checks(int seeds, long firstSeed) {
    int d = SHAPE_OUTPUTS;
    int p = SHAPE_PARAMS;
    RandomInitialization init = new RandomInitialization(
        Units.sigmaZForRatio(d, RATIO), Units.sigmaJForSharpness(d, p, SHARPNESS));
    List<HighDimCheck> rows = new ArrayList<>();
    Theorem41.Measurement flow = Theorem41.measure(d, p, init, seeds, firstSeed);
    rows.add(Theorem41Checks.firstDerivative(d, p, init, flow));
    rows.add(Theorem41Checks.secondDerivative(d, p, init, flow, 4 * seeds, firstSeed));
    rows.add(Theorem41Checks.scalarSecondDerivative(seeds * 10, firstSeed));
    rows.add(Theorem41Checks.growthWithSigmaZ(d, p, init, flow, seeds, firstSeed));
    rows.add(Theorem41Checks.traceProxy(d, p, init, flow));
    rows.add(Theorem41Checks.finiteDifference(6, 10, Math.min(seeds, 10), firstSeed));
    rows.add(ratioRow("highdim.rnl.exact", d, p, init.sigmaZ(), seeds, firstSeed, false));
    int claimOutputs = 30;
    int claimParams = 600;
    double claimSigmaZ = Units.sigmaZForRatio(claimOutputs, RATIO);
    rows.add(ratioRow("highdim.rnl.claim", claimOutputs, claimParams, claimSigmaZ,
        Math.max(2, seeds / 2), firstSeed, true));
    return rows;
  }

  /**
   * Compares the measured r_NL with the derived finite-size value, or with the claimed
   * ½ η σ_z D (eq. 27) when {@code againstClaim}. The claim row uses D = 30, P = 600, where the
   * two differ by 0.9%.
   */
  static HighDimCheck ratioRow(String name, int d, int p, double sigmaZ, int seeds,
      long firstSeed, boolean againstClaim) {
    RandomInitialization init =
        new RandomInitialization(sigmaZ, Units.sigmaJForSharpness(d, p, SHARPNESS));
    NonlinearRatio.Measurement m = NonlinearRatio.measure(d, p, 1.0, init, seeds, firstSeed);
    double claimed = NonlinearRatio.claimed(d, 1.0, sigmaZ);
    double derived = NonlinearRatio.expected(d, p, 1.0, sigmaZ);
    double expected = againstClaim ? claimed : derived;
    MeanEstimate rms = m.rmsRatio();
    boolean passed = Math.abs(rms.zScore(expected)) <= STANDARD_ERRORS;
    String detail = format("D=%d, P=%d, eta=1, sigma_z=%.6g, %d seeds; r_NL = sqrt(E|n|^2/E|l|^2); "
        + "claimed 0.5*eta*sigma_z*D = %.6g (%+.1f SE); derived "
        + "0.5*eta*sigma_z*sqrt(D(D+2)(P+2)/(D+P+1)) = %.6g (%+.1f SE); mean of per-seed "
        + "|n|/|l| = %s", d, p, sigmaZ, seeds, claimed, rms.zScore(claimed), derived,
        rms.zScore(derived), text(m.meanRatio()));
    String tolerance = againstClaim
        ? "|measured - claimed| <= 4 SE"
        : "|measured - derived| <= 4 SE";
    return new HighDimCheck(name, passed, text(rms), tolerance, detail);
  }

  static String text(MeanEstimate estimate) {
    return format("%.6g ± %.2g (n=%d)", estimate.mean(), estimate.standardError(),
        estimate.count());
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
