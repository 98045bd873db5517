package eosderive.highdim;

/**
 * The outcome of one run of the sweep.
 *
 * @param cell grid point
 * @param seed seed passed to {@link RandomInitialization#draw}
 * @param result run summary
 */
public record SeedResult(PhaseCell cell, long seed, RunResult result) {}
