package eosderive.numeric;

import org.apfloat.Apfloat;
import org.apfloat.Apint;
import org.apfloat.Aprational;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * A working precision of a fixed number of significant decimal digits, and the arithmetic that
 * keeps every result at that precision.
 *
 * <p>All arithmetic goes through one {@link FixedPrecisionApfloatHelper}. Plain {@link Apfloat}
 * operations set the precision of a result from the precision of its operands, so a
 * subtraction of nearly equal numbers silently returns fewer digits. The helper rounds every
 * result to exactly {@link #digits()} significant digits instead. Apfloat 1.15.0 truncates
 * (rounds toward zero), so one operation has relative error below {@link #unitRoundoff()} =
 * 10^(1 - digits), twice the bound of round-to-nearest.
 */
public final class Precision {

  /** Minimum precision: below 16 digits a double-precision run would do as well. */
  public static final int MIN_DIGITS = 16;

  /** Maximum precision, a guard against typing errors such as 50000 for 50. */
  public static final int MAX_DIGITS = 10_000;

  private final int digits;
  private final FixedPrecisionApfloatHelper helper;

  private Precision(int digits) {
    this.digits = digits;
    this.helper = new FixedPrecisionApfloatHelper(digits);
  }

  /**
   * Returns the working precision of {@code digits} significant decimal digits.
   *
   * @throws IllegalArgumentException if {@code digits} is outside [16, 10000]
   */
  public static Precision ofDigits(int digits) {
    if (digits < MIN_DIGITS) {
      throw new IllegalArgumentException("precision " + digits + " is below the minimum of "
          + MIN_DIGITS + " digits; pass --digits " + MIN_DIGITS + " or more");
    }
    if (digits > MAX_DIGITS) {
      throw new IllegalArgumentException("precision " + digits + " is above the maximum of "
          + MAX_DIGITS + " digits; pass --digits " + MAX_DIGITS + " or fewer");
    }
    return new Precision(digits);
  }

  /** Number of significant decimal digits of every result. */
  public int digits() {
    return digits;
  }

  /** The helper that performs all arithmetic at this precision. */
  public FixedPrecisionApfloatHelper helper() {
    return helper;
  }

  /** Bound 10^(1 - digits) on the relative error of one truncated operation. */
  public Apfloat unitRoundoff() {
    return powerOfTen(1L - digits);
  }

  /** Returns 10^exponent at this precision (exact for every integer exponent). */
  public Apfloat powerOfTen(long exponent) {
    return helper.pow(helper.valueOf(new Apint(10)), exponent);
  }

  /** Returns the exact rational {@code value} truncated to this precision. */
  public Apfloat of(Aprational value) {
    return helper.divide(value.numerator(), value.denominator());
  }

  /** Returns the integer {@code value} at this precision. */
  public Apfloat of(long value) {
    return helper.valueOf(new Apint(value));
  }

  /**
   * Parses {@code text} with {@link ExactInput#parse} and truncates it to this precision.
   *
   * @param name the name of the quantity, used in error messages
   */
  public Apfloat parse(String text, String name) {
    return of(ExactInput.parse(text, name));
  }

  @Override
  public String toString() {
    return digits + " digits";
  }
}
