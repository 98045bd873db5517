package eosderive.sweep;

import org.apfloat.Apfloat;

import eosderive.numeric.LimitResult;

/**
 * y_inf at one eps from two runs of {@link eosderive.numeric.AcceleratedLimit}.
 *
 * @param epsilon eps as given
 * @param first the run at the first precision
 * @param check the run at the check precision
 * @param residual (y_inf + eps/2) / eps^2 from the check run
 * @param error bound used for the digit count: |y_1 - y_2| + the check run's error estimate
 *     + its consistency, all on y_inf
 * @param residualDigits correct significant digits of the residual implied by {@code error}
 */
public record LadderPoint(String epsilon, LimitResult first, LimitResult check, Apfloat residual,
    Apfloat error, int residualDigits) {}
