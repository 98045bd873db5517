package eosderive.highdim;

/**
 * Summary of one gradient-descent run. Sharpness means ηλ_max, the largest NTK eigenvalue in units
 * of the step size, so the edge of stability is sharpness 2.
 *
 * @param status how the run ended
 * @param steps steps taken
 * @param initialSharpness ηλ_max at step 0
 * @param finalSharpness ηλ_max at the last step; NaN when the run diverged
 * @param maxSharpness largest sampled ηλ_max over the run (see {@link RunSettings#sharpnessEvery})
 * @param initialLoss L at step 0
 * @param finalLoss L at the last step
 */
public record RunResult(
    RunStatus status, int steps, double initialSharpness, double finalSharpness,
    double maxSharpness, double initialLoss, double finalLoss) {}
