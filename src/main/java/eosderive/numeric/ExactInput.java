package eosderive.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

import org.apfloat.Apint;
import org.apfloat.Aprational;

/**
 * Parses exact numeric input into {@link Aprational}, so that no value ever passes through a
 * {@code double}.
 *
 * <p>Accepted forms: a decimal such as {@code 0.01}, {@code -1.5} or {@code 1e-3} (read exactly,
 * so {@code 0.1} is 1/10 and not the binary double nearest to it), or a ratio of two integers
 * such as {@code 1/100} or {@code -3/10}. Surrounding white space is ignored.
 */
public final class ExactInput {

  private static final Pattern RATIO = Pattern.compile("([+-]?\\d+)\\s*/\\s*([+-]?\\d+)");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,6})?");

  private ExactInput() {}

  /**
   * Parses {@code text} as an exact rational number.
   *
   * @param name the name of the quantity, used in error messages (for example {@code "epsilon"})
   * @throws IllegalArgumentException if {@code text} is neither a decimal nor a ratio of
   *     integers, or has a zero denominator
   */
  public static Aprational parse(String text, String name) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          name + " is missing; pass a decimal such as 0.01 or a ratio such as 1/100");
    }
    String trimmed = text.strip();
    var ratio = RATIO.matcher(trimmed);
    if (ratio.matches()) {
      BigInteger numerator = new BigInteger(ratio.group(1));
      BigInteger denominator = new BigInteger(ratio.group(2));
      if (denominator.signum() == 0) {
        throw new IllegalArgumentException(
            name + " = " + trimmed + " has a zero denominator; pass a nonzero denominator");
      }
      return new Aprational(new Apint(numerator), new Apint(denominator));
    }
    if (DECIMAL.matcher(trimmed).matches()) {
      BigDecimal decimal = new BigDecimal(trimmed);
      BigInteger unscaled = decimal.unscaledValue();
      int scale = decimal.scale();
      if (scale <= 0) {
        return new Aprational(new Apint(unscaled.multiply(BigInteger.TEN.pow(-scale))));
      }
      return new Aprational(new Apint(unscaled), new Apint(BigInteger.TEN.pow(scale)));
    }
    throw new IllegalArgumentException(
        name + " = \"" + trimmed + "\" is not a number; pass a decimal such as 0.01 or 1e-3, "
            + "or a ratio of integers such as 1/100 or -3/10");
  }
}
