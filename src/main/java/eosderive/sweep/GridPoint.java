package eosderive.sweep;

import eosderive.numeric.HybridResult;

/**
 * One start of a grid sweep and its class.
 *
 * @param epsilon eps as given
 * @param z0 the start's residual, exact
 * @param sharpness0 the start's sharpness T0, exact
 * @param startClass the class (see {@link GridSweep})
 * @param classFirst the class the first run alone gives
 * @param classCheck the class the check run alone gives
 * @param first the hybrid run at the first precision
 * @param check the precise run at the check precision
 * @param note why the class was chosen: the failed edge conditions or the disagreement
 */
public record GridPoint(String epsilon, String z0, String sharpness0, StartClass startClass,
    StartClass classFirst, StartClass classCheck, HybridResult first, HybridResult check,
    String note) {}
