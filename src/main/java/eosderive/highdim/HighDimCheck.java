package eosderive.highdim;

/**
 * One row of the verification report.
 *
 * @param name stable identifier, for example {@code highdim.theorem41.second-derivative}
 * @param passed whether the measured value agrees with the expected one within the tolerance
 * @param measured the measured value with its standard error, as text
 * @param tolerance the acceptance rule, as text
 * @param detail claimed value, derived value, shape, scales, seeds and the distance in standard
 *     errors
 */
public record HighDimCheck(
    String name, boolean passed, String measured, String tolerance, String detail) {}
