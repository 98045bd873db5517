package eosderive.latex;

import java.util.ArrayList;
import java.util.List;

import edu.jas.arith.BigRational;

import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;

/**
 * Reads a parsed (not evaluated) Symja expression from a result file into an {@link Expr}:
 * rational numbers, the symbols of the result files, moments {@code T[k]}, sums, products,
 * integer powers and the relations {@code ==}, {@code >=} and {@code <=}.
 */
final class SymjaReader {

  /** {@code lhs relation rhs}, relation one of =, \geq, \leq; or an expression alone. */
  record Relation(String relation, Expr lhs, Expr rhs) {}

  private SymjaReader() {}

  static Relation relation(IExpr e) {
    if (e.isAST() && e.size() == 3) {
      String head = e.head().toString();
      String relation = switch (head) {
        case "Equal" -> "=";
        case "GreaterEqual" -> "\\geq";
        case "LessEqual" -> "\\leq";
        default -> null;
      };
      if (relation != null) {
        IAST ast = (IAST) e;
        return new Relation(relation, read(ast.arg1()), read(ast.arg2()));
      }
    }
    return new Relation(null, null, read(e));
  }

  static Expr read(IExpr e) {
    if (e instanceof IInteger i) {
      return new Expr.Num(new BigRational(i.toBigNumerator()));
    }
    if (e instanceof IFraction f) {
      return new Expr.Num(new BigRational(f.toBigNumerator())
          .divide(new BigRational(f.toBigDenominator())));
    }
    if (e.isSymbol()) {
      return new Expr.Sym(e.toString());
    }
    if (e.isPlus() || e.isTimes()) {
      List<Expr> args = new ArrayList<>();
      for (IExpr arg : (IAST) e) {
        args.add(read(arg));
      }
      return e.isPlus() ? new Expr.Sum(args) : new Expr.Product(args);
    }
    if (e.isPower() && e.exponent() instanceof IInteger k) {
      return new Expr.Power(read(e.base()), k.toIntDefault());
    }
    if (e.isAST() && e.size() == 2 && e.head().toString().equals("T")) {
      return Moments.symbol(read(((IAST) e).arg1()));
    }
    throw new IllegalArgumentException("unsupported Symja expression: " + e);
  }
}
