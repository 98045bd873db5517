package eosderive.highdim;

/**
 * A Monte Carlo estimate with its standard error.
 *
 * @param mean the estimate
 * @param standardError sample standard deviation over √n for a plain mean, or the delta-method
 *     standard error for derived estimates
 * @param count number of independent samples
 */
public record MeanEstimate(double mean, double standardError, int count) {

  /** Returns the sample mean and its standard error s/√n (s with the n − 1 divisor). */
  public static MeanEstimate of(double[] samples) {
    int n = samples.length;
    if (n < 2) {
      throw new IllegalArgumentException("a standard error needs at least 2 samples, got " + n
          + "; draw more seeds.");
    }
    double mean = 0.0;
    for (double x : samples) {
      mean += x;
    }
    mean /= n;
    double squares = 0.0;
    for (double x : samples) {
      squares += (x - mean) * (x - mean);
    }
    return new MeanEstimate(mean, Math.sqrt(squares / (n - 1) / n), n);
  }

  /**
   * Returns mean(numerator) / mean(denominator) with the first-order delta-method standard error,
   * for paired samples.
   */
  public static MeanEstimate ratioOfMeans(double[] numerator, double[] denominator) {
    int n = numerator.length;
    if (denominator.length != n) {
      throw new IllegalArgumentException("paired samples differ in length: " + n + " and "
          + denominator.length + "; pass one denominator per numerator.");
    }
    MeanEstimate top = of(numerator);
    MeanEstimate bottom = of(denominator);
    double covariance = 0.0;
    for (int k = 0; k < n; k++) {
      covariance += (numerator[k] - top.mean()) * (denominator[k] - bottom.mean());
    }
    covariance /= n - 1;
    double ratio = top.mean() / bottom.mean();
    double varTop = top.standardError() * top.standardError() * n;
    double varBottom = bottom.standardError() * bottom.standardError() * n;
    double variance = (varTop - 2.0 * ratio * covariance + ratio * ratio * varBottom)
        / (bottom.mean() * bottom.mean()) / n;
    return new MeanEstimate(ratio, Math.sqrt(Math.max(variance, 0.0)), n);
  }

  /** Returns √mean with the delta-method standard error SE / (2√mean). */
  public MeanEstimate sqrt() {
    double root = Math.sqrt(mean);
    return new MeanEstimate(root, standardError / (2.0 * root), count);
  }

  /** Returns the number of standard errors between this estimate and {@code expected}. */
  public double zScore(double expected) {
    return (mean - expected) / standardError;
  }
}
