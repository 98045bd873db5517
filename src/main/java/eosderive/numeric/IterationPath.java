package eosderive.numeric;

/** The arithmetic that produced a {@link HybridResult}. */
public enum IterationPath {
  /** IEEE double with a running forward error bound ({@link DoubleOrbit}). */
  DOUBLE,
  /** Binary fixed point with about the requested number of digits ({@link FixedPointOrbit}). */
  FIXED_POINT,
  /** Apfloat at the requested number of digits ({@link GdRunner}). */
  APFLOAT,
  /** Nothing was iterated: the start is outside the physical region. */
  NONE
}
