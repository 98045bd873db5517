package eosderive.numeric;

import org.apfloat.Apfloat;

/**
 * One start's rung value in a {@link YLadder} row.
 *
 * @param run the run from the start
 * @param residual (y_inf + eps/2) / eps^2, the coefficient of eps^2 in y_inf; meaningful only
 *     for a CONVERGED run
 * @param deviation y_inf minus the y_inf of the row's last start (the reference start)
 */
public record LadderEntry(RunResult run, Apfloat residual, Apfloat deviation) {

  /** Returns the start of this entry. */
  public Start start() {
    return run.start();
  }
}
