package eosderive.highdim;

/**
 * Model dimensions: D outputs (residuals) and P parameters.
 *
 * @param outputs D, at least 1
 * @param params P, at least 1
 */
public record Shape(int outputs, int params) {

  public Shape {
    ModelState.requireDimensions(outputs, params);
  }

  /** Returns D·P², the multiply-adds of one gradient-descent step; used to rank costs. */
  public long stepCost() {
    return (long) outputs * params * params;
  }
}
