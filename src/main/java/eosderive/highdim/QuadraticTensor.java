package eosderive.highdim;

import java.util.Arrays;

/**
 * The constant second-derivative tensor Q of the second-order regression model, with entries
 * Q[α][i][j] (α an output index in 0..D-1, i and j parameter indices in 0..P-1) that are symmetric
 * in i and j.
 *
 * <p>Entries are stored densely, output-major then row-major, so each slice Q_α is a contiguous
 * P×P block. The tensor is immutable: constructors copy their input.
 */
public final class QuadraticTensor {

  private final int outputs;
  private final int params;
  private final double[] entries;

  private QuadraticTensor(int outputs, int params, double[] entries) {
    this.outputs = outputs;
    this.params = params;
    this.entries = entries;
  }

  /**
   * Wraps a copy of {@code entries}, laid out as {@code entries[(α * P + i) * P + j]}.
   *
   * @throws IllegalArgumentException if a dimension is below 1, the length is not D·P·P, an entry
   *     is not finite, or a slice is not exactly symmetric
   */
  public static QuadraticTensor of(int outputs, int params, double[] entries) {
    ModelState.requireDimensions(outputs, params);
    long expected = (long) outputs * params * params;
    if (entries.length != expected) {
      throw new IllegalArgumentException("Q has " + entries.length + " entries but D·P·P = "
          + expected + " for D = " + outputs + ", P = " + params + "; pass D·P·P values.");
    }
    double[] copy = entries.clone();
    for (int a = 0; a < outputs; a++) {
      for (int i = 0; i < params; i++) {
        for (int j = 0; j < params; j++) {
          double value = copy[(a * params + i) * params + j];
          if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Q[" + a + "][" + i + "][" + j + "] = " + value
                + " is not finite; every entry must be a finite double.");
          }
          if (value != copy[(a * params + j) * params + i]) {
            throw new IllegalArgumentException("Q[" + a + "] is not symmetric at (" + i + ", " + j
                + "); symmetrise each slice before building the tensor.");
          }
        }
      }
    }
    return new QuadraticTensor(outputs, params, copy);
  }

  /** Builds a tensor with one output (D = 1) from a symmetric P×P matrix. */
  public static QuadraticTensor singleOutput(double[][] slice) {
    int p = slice.length;
    double[] flat = new double[p * p];
    for (int i = 0; i < p; i++) {
      if (slice[i].length != p) {
        throw new IllegalArgumentException("row " + i + " of the slice has " + slice[i].length
            + " entries but the slice has " + p + " rows; pass a square matrix.");
      }
      System.arraycopy(slice[i], 0, flat, i * p, p);
    }
    return of(1, p, flat);
  }

  /** Wraps an array the caller has just filled and will not touch again; skips validation. */
  static QuadraticTensor adopt(int outputs, int params, double[] entries) {
    return new QuadraticTensor(outputs, params, entries);
  }

  public int outputs() {
    return outputs;
  }

  public int params() {
    return params;
  }

  public double get(int output, int i, int j) {
    return entries[(output * params + i) * params + j];
  }

  /** Returns a copy of the slice Q_α as a P×P array. */
  public double[][] slice(int output) {
    double[][] slice = new double[params][];
    for (int i = 0; i < params; i++) {
      int from = (output * params + i) * params;
      slice[i] = Arrays.copyOfRange(entries, from, from + params);
    }
    return slice;
  }

  /**
   * Writes Q(u, ·) into {@code out} as a D×P row-major matrix: out[α·P + j] = Σ_i Q_αij u_i.
   * Costs D·P² multiply-adds, the dominant cost of a gradient-descent step.
   */
  public void contractFirst(double[] u, double[] out) {
    int p = params;
    for (int a = 0; a < outputs; a++) {
      int base = a * p * p;
      for (int j = 0; j < p; j++) {
        // Q_α is symmetric, so Σ_i Q_αij u_i reads row j contiguously.
        int row = base + j * p;
        double sum = 0.0;
        for (int i = 0; i < p; i++) {
          sum += entries[row + i] * u[i];
        }
        out[a * p + j] = sum;
      }
    }
  }

  /** Returns Q(u, ·) as a new D×P row-major array. */
  public double[] contractFirst(double[] u) {
    double[] out = new double[outputs * params];
    contractFirst(u, out);
    return out;
  }

  /** Returns Q(a, b), the D-vector with components Σ_ij Q_αij a_i b_j. */
  public double[] contract(double[] a, double[] b) {
    double[] qa = contractFirst(a);
    double[] out = new double[outputs];
    for (int alpha = 0; alpha < outputs; alpha++) {
      double sum = 0.0;
      for (int j = 0; j < params; j++) {
        sum += qa[alpha * params + j] * b[j];
      }
      out[alpha] = sum;
    }
    return out;
  }

  /** Returns Q_c = Σ_α c_α Q_α as a P×P row-major array. */
  public double[] combineSlices(double[] weights) {
    int pp = params * params;
    double[] out = new double[pp];
    for (int a = 0; a < outputs; a++) {
      double w = weights[a];
      int base = a * pp;
      for (int k = 0; k < pp; k++) {
        out[k] += w * entries[base + k];
      }
    }
    return out;
  }
}
