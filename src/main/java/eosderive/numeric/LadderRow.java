package eosderive.numeric;

import java.util.List;

import org.apfloat.Aprational;

/**
 * The y_inf values of several starts at one eps.
 *
 * @param epsilon eps, exact
 * @param entries one entry per start, in the order given
 * @param allConverged whether every run stopped CONVERGED; when false, {@link #agreeingDigits}
 *     is 0
 * @param agreeingDigits floor(log10(|y_ref| / max |y_inf - y_ref|)) over the entries, where
 *     y_ref is the last start's y_inf: the number of leading significant digits on which all
 *     starts agree. It is capped at the working precision, and it cannot exceed what the
 *     tolerance resolves: see {@link #limitedByTolerance}.
 * @param limitedByTolerance whether every deviation is within twice the tolerance, so the
 *     starts agree as far as the runs can tell and the true agreement may be larger
 */
public record LadderRow(Aprational epsilon, List<LadderEntry> entries, boolean allConverged,
    int agreeingDigits, boolean limitedByTolerance) {}
