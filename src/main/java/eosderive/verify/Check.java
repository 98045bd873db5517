package eosderive.verify;

/**
 * One row of the verification report: a symbolic prediction compared with an independent
 * computation. {@code measured} and {@code tolerance} are human-readable numbers (decimal or
 * exact), {@code detail} states what was compared and how.
 */
public record Check(
    String name, boolean passed, String measured, String tolerance, String detail) {}
