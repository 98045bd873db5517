package eosderive.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forward error bound of {@link DoubleOrbit} must cover the actual error at every step.
 *
 * <p>The reference is a {@link FixedPointOrbit} at 400 bits, whose own error after at most 2,000
 * steps is below 2,000 * 10 * 2^-400, about 1e-116; that is added to each bound. The cases cover
 * fast convergence below the edge (small bound), the edge-of-stability phase (where the bound
 * grows by many orders of magnitude but must still hold) and a divergent start.
 */
class DoubleOrbitTest {

  private static final int REFERENCE_BITS = 400;
  private static final double REFERENCE_ERROR = 1e-110;

  @ParameterizedTest
  @CsvSource({"-0.1, 1.5, 1/10, 200", "0.1, 1, 1/10, 200", "-0.3, 1.9, 1/10, 2000",
      "-0.05, 1.99, 1/50, 2000", "-2, 3, 1/10, 2"})
  void boundCoversActualError(String z0, String sharpness0, String epsilon, int steps) {
    Start start = Start.parse(z0, sharpness0, epsilon, "0");
    DoubleOrbit fast = new DoubleOrbit(start);
    FixedPointOrbit reference = new FixedPointOrbit(start, REFERENCE_BITS);
    for (int step = 0; step <= steps; step++) {
      double errorU = difference(fast.u(), reference.u());
      double errorV = difference(fast.v(), reference.v());
      double errorZ = difference(fast.z(), reference.z());
      assertThat(errorU).as("u at step %d", step)
          .isLessThanOrEqualTo(fast.errorU() + REFERENCE_ERROR);
      assertThat(errorV).as("v at step %d", step)
          .isLessThanOrEqualTo(fast.errorV() + REFERENCE_ERROR);
      assertThat(errorZ).as("z at step %d", step)
          .isLessThanOrEqualTo(fast.errorZ() + REFERENCE_ERROR);
      fast.step();
      reference.step();
    }
  }

  /** Returns |x - scaled / 2^400|, computed exactly in BigDecimal and then rounded up. */
  private static double difference(double x, BigInteger scaled) {
    BigDecimal reference = new BigDecimal(scaled)
        .divide(new BigDecimal(BigInteger.ONE.shiftLeft(REFERENCE_BITS)));
    double rounded = new BigDecimal(x).subtract(reference).abs().doubleValue();
    return Math.nextUp(rounded);
  }
}
