package eosderive.latex;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigRational;

/**
 * Reads back the LaTeX subset that eos-derive prints: sums, implicit and {@code \cdot}
 * products, {@code \frac}, integer powers {@code ^{k}}, delimiters with their size commands
 * ({@code \left( \right)}, {@code \bigl( \bigr)}, ...), the notation macros of
 * {@code eos-macros.tex}, subscripted names such as {@code a_{3}} (followed by {@code (z)} when
 * they name a function of z~), moments
 * {@code \eosTk{k+1}} and a final O-term: {@code O(\eosz^{n})}, {@code O(\eoseps^{n})} or the
 * total order {@code O(\lvert(\eosz, \eosy)\rvert^{n})}. Anything else is an error, so a
 * printing mistake cannot pass unnoticed.
 *
 * <p>It is written independently of {@link LatexPrinter}: it knows the grammar, not the
 * printer's code, which makes the round trip printer, then parser, a real check.
 */
public final class TexParser {

  /** Macros that stand for one symbol, and the symbol's name in the result files. */
  private static final Map<String, String> SYMBOLS = Map.of(
      "\\eosz", "z", "\\eosT", "T", "\\eoseps", "eps", "\\eoslam", "lam",
      "\\eosEt", "Et", "\\eosy", "y");

  private static final Map<String, String> CLOSERS = Map.of(
      "", "", "\\left", "\\right", "\\bigl", "\\bigr", "\\Bigl", "\\Bigr",
      "\\biggl", "\\biggr");

  /**
   * A parsed relation {@code lhs rel rhs}; {@code truncation} is n of a trailing O-term and
   * {@code truncatedIn} what it bounds: a symbol such as {@code z}, or {@code z,y} for a total
   * order.
   */
  public record Equation(String lhsText, String relation, Expr lhs, Expr rhs,
      Integer truncation, String truncatedIn) {}

  /** Raised when the text is outside the supported subset. */
  public static final class ParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParseException(String message) {
      super(message);
    }
  }

  private final List<String> tokens;
  private int pos;
  private Integer truncation;
  private String truncatedIn;

  private TexParser(List<String> tokens) {
    this.tokens = tokens;
  }

  /** Parses one expression. */
  public static Expr expression(String tex) {
    TexParser p = new TexParser(TexTokens.of(tex));
    Expr e = p.sum();
    p.expectEnd();
    if (p.truncation != null) {
      throw new ParseException("O(...) is only allowed on the right of an equation");
    }
    return e;
  }

  /**
   * Parses {@code lhs = rhs}, {@code lhs \geq rhs} or {@code lhs \leq rhs}. The left side is
   * kept as text and also parsed when it is an expression (it may be a label such as
   * {@code f_{z}(\eosz)}, which is not).
   */
  public static Equation equation(String tex) {
    List<String> all = TexTokens.of(tex);
    int depth = 0;
    int split = -1;
    for (int i = 0; i < all.size(); i++) {
      String t = all.get(i);
      if (t.equals("{") || t.equals("(")) {
        depth++;
      } else if (t.equals("}") || t.equals(")")) {
        depth--;
      } else if (depth == 0 && isRelation(t)) {
        if (split >= 0) {
          throw new ParseException("more than one relation in: " + tex.strip());
        }
        split = i;
      }
    }
    if (split < 0) {
      throw new ParseException("no relation in: " + tex.strip());
    }
    List<String> left = all.subList(0, split);
    Expr lhs;
    try {
      TexParser p = new TexParser(left);
      lhs = p.sum();
      p.expectEnd();
    } catch (ParseException e) {
      lhs = null;
    }
    TexParser p = new TexParser(all.subList(split + 1, all.size()));
    Expr rhs = p.sum();
    p.expectEnd();
    return new Equation(String.join(" ", left), all.get(split), lhs, rhs, p.truncation,
        p.truncatedIn);
  }

  private static boolean isRelation(String t) {
    return t.equals("=") || t.equals("\\geq") || t.equals("\\leq");
  }

  private String peek() {
    return pos < tokens.size() ? tokens.get(pos) : "";
  }

  private String next() {
    if (pos >= tokens.size()) {
      throw new ParseException("unexpected end of formula");
    }
    return tokens.get(pos++);
  }

  private void expect(String token) {
    String t = next();
    if (!t.equals(token)) {
      throw new ParseException("expected " + token + " but found " + t + " at token " + pos);
    }
  }

  private void expectEnd() {
    if (pos < tokens.size()) {
      throw new ParseException("unexpected " + peek() + " at token " + pos + " of "
          + String.join(" ", tokens));
    }
  }

  private Expr sum() {
    List<Expr> terms = new ArrayList<>();
    boolean negative = false;
    if (peek().equals("-") || peek().equals("+")) {
      negative = next().equals("-");
    }
    while (true) {
      Expr t = product();
      terms.add(negative ? new Expr.Negation(t) : t);
      if (!peek().equals("+") && !peek().equals("-")) {
        break;
      }
      negative = next().equals("-");
    }
    return terms.size() == 1 ? terms.get(0) : new Expr.Sum(terms);
  }

  private Expr product() {
    List<Expr> factors = new ArrayList<>();
    factors.add(power());
    while (startsFactor(peek())) {
      if (peek().equals("\\cdot")) {
        next();
      }
      factors.add(power());
    }
    return factors.size() == 1 ? factors.get(0) : new Expr.Product(factors);
  }

  private boolean startsFactor(String t) {
    return !t.isEmpty() && !t.equals("+") && !t.equals("-") && !t.equals(")")
        && !t.equals("]") && !t.equals("}") && !t.equals(",") && !isRelation(t)
        && !t.equals("\\right") && !t.equals("\\bigr") && !t.equals("\\Bigr")
        && !t.equals("\\biggr");
  }

  private Expr power() {
    Expr base = primary();
    if (peek().equals("^")) {
      next();
      base = new Expr.Power(base, integerArgument());
    }
    return base;
  }

  /** Returns an exponent: {@code {-12}}, {@code {3}} or a single digit. */
  private int integerArgument() {
    if (!peek().equals("{")) {
      String digit = next();
      if (!digit.matches("[0-9]")) {
        throw new ParseException("exponent must be an integer: " + digit);
      }
      return Integer.parseInt(digit);
    }
    next();
    boolean negative = peek().equals("-");
    if (negative) {
      next();
    }
    String digits = next();
    if (!digits.matches("[0-9]+")) {
      throw new ParseException("exponent must be an integer: " + digits);
    }
    expect("}");
    return (negative ? -1 : 1) * Integer.parseInt(digits);
  }

  private Expr primary() {
    String t = next();
    if (t.matches("[0-9]+")) {
      return new Expr.Num(new BigRational(new BigInteger(t)));
    }
    if (t.equals("\\frac") || t.equals("\\tfrac") || t.equals("\\dfrac")) {
      Expr numerator = group();
      return new Expr.Quotient(numerator, group());
    }
    if (SYMBOLS.containsKey(t)) {
      return new Expr.Sym(SYMBOLS.get(t));
    }
    switch (t) {
      case "\\eoszt":
        rawGroup();
        return new Expr.Sym("z");
      case "\\eosTt":
        rawGroup();
        return new Expr.Sym("T");
      case "\\eosTk":
        return Moments.symbol(group());
      case "\\eosTtk":
        rawGroup();
        return Moments.symbol(group());
      default:
        break;
    }
    if (CLOSERS.containsKey(t) && !t.isEmpty() || t.equals("(") || t.equals("[")) {
      return delimited(t);
    }
    if (t.matches("[A-Za-z]")) {
      return letter(t);
    }
    throw new ParseException("unsupported token " + t + " at token " + pos);
  }

  private Expr delimited(String t) {
    String size = CLOSERS.containsKey(t) ? t : "";
    String open = size.isEmpty() ? t : next();
    if (!open.equals("(") && !open.equals("[")) {
      throw new ParseException("expected ( or [ after " + size + " but found " + open);
    }
    Expr inner = sum();
    if (!CLOSERS.get(size).isEmpty()) {
      expect(CLOSERS.get(size));
    }
    expect(open.equals("(") ? ")" : "]");
    return inner;
  }

  private Expr letter(String t) {
    if (t.equals("O") && peek().equals("(")) {
      return bigO();
    }
    if (t.equals("T") && peek().equals("(")) {
      next();
      Expr index = sum();
      expect(")");
      return Moments.symbol(index);
    }
    if (peek().equals("_")) {
      next();
      Expr.Sym name = new Expr.Sym(t + "_" + rawGroup());
      if (peek().equals("(")) {
        // A function defined in the same fragment, such as p_{0}(\eosz): its argument is z.
        next();
        Expr argument = sum();
        expect(")");
        if (!argument.equals(new Expr.Sym("z"))) {
          throw new ParseException(name.name() + "(...) must be applied to z");
        }
      }
      return name;
    }
    return new Expr.Sym(t);
  }

  /**
   * An O-term as the last term: {@code O(x^{n})} for a symbol x, or a total order
   * {@code O(\lvert(x, y)\rvert^{n})}; records n and what it bounds, and contributes 0.
   */
  private Expr bigO() {
    next();
    if (peek().equals("\\lvert")) {
      next();
      expect("(");
      List<String> names = new ArrayList<>();
      do {
        Expr s = primary();
        if (!(s instanceof Expr.Sym sym)) {
          throw new ParseException("a total order must list symbols");
        }
        names.add(sym.name());
      } while (peek().equals(",") && next().equals(","));
      expect(")");
      expect("\\rvert");
      expect("^");
      truncation = integerArgument();
      truncatedIn = String.join(",", names);
      expect(")");
    } else {
      Expr inner = sum();
      expect(")");
      if (inner instanceof Expr.Power p && p.base() instanceof Expr.Sym s) {
        truncation = p.exponent();
        truncatedIn = s.name();
      } else if (inner instanceof Expr.Sym s) {
        truncation = 1;
        truncatedIn = s.name();
      } else {
        throw new ParseException("O(...) must hold a power of a symbol");
      }
    }
    if (!peek().isEmpty()) {
      throw new ParseException("O(...) must be the last term, and only one");
    }
    return new Expr.Num(BigRational.ZERO);
  }

  private Expr group() {
    expect("{");
    Expr e = sum();
    expect("}");
    return e;
  }

  /** Returns the tokens of a braced group or a single token, joined without spaces. */
  private String rawGroup() {
    if (!peek().equals("{")) {
      return next();
    }
    next();
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (true) {
      String t = next();
      if (t.equals("{")) {
        depth++;
      } else if (t.equals("}") && --depth == 0) {
        return text.toString();
      }
      text.append(t);
    }
  }
}
