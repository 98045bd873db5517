package eosderive.latex;

/**
 * Names the moment symbols T(k) = eta J Q^k J^T in one way for LaTeX and Symja input alike:
 * T(0) is the sharpness {@code T}, every other moment is {@code T[index]} with its index in
 * canonical form, so {@code T(k+1)} and {@code T[1+k]} name the same symbol.
 */
final class Moments {

  private Moments() {}

  static Expr.Sym symbol(Expr index) {
    String text = ExactValue.canonicalText(index);
    return new Expr.Sym(text.equals("0") ? "T" : "T[" + text + "]");
  }
}
