package eosderive.numeric;

import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Options of {@link HybridRunner}.
 *
 * @param allowDouble whether to try the double path first
 * @param precisePath {@link IterationPath#FIXED_POINT} (fast) or {@link IterationPath#APFLOAT}
 *     (the reference implementation); the path used when the double path is not allowed or
 *     cannot certify the result
 * @param progress called with the step count every 65,536 steps of the fixed-point path and
 *     every 2^20 steps of the double path; never called by the Apfloat path
 */
public record EngineOptions(boolean allowDouble, IterationPath precisePath,
    LongConsumer progress) {

  /** Double first, then fixed point; no progress reports. */
  public static final EngineOptions DEFAULT =
      new EngineOptions(true, IterationPath.FIXED_POINT, steps -> { });

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException if the precise path is DOUBLE or NONE
   */
  public EngineOptions {
    Objects.requireNonNull(precisePath, "precisePath");
    Objects.requireNonNull(progress, "progress");
    if (precisePath != IterationPath.FIXED_POINT && precisePath != IterationPath.APFLOAT) {
      throw new IllegalArgumentException("precise path " + precisePath + " is not a precise "
          + "arithmetic; pass FIXED_POINT or APFLOAT");
    }
  }

  /** Only the precise path {@code path}, no double attempt. */
  public static EngineOptions preciseOnly(IterationPath path) {
    return new EngineOptions(false, path, steps -> { });
  }

  /** These options with {@code callback} as the progress callback. */
  public EngineOptions withProgress(LongConsumer callback) {
    return new EngineOptions(allowDouble, precisePath, callback);
  }
}
