package eosderive.numeric;

import org.apfloat.Apfloat;

/** Short text forms of Apfloat values for messages; never used in arithmetic. */
final class Display {

  private static final int MESSAGE_DIGITS = 6;

  private Display() {}

  /** Returns {@code x} in scientific notation, truncated to 6 significant digits. */
  static String brief(Apfloat x) {
    if (x.signum() == 0) {
      return "0";
    }
    return x.precision(Math.min(MESSAGE_DIGITS, x.precision())).toString(false);
  }
}
