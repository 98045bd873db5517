package eosderive.symbolic;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.parser.client.ParserConfig;

/**
 * The one place where eos-derive talks to Symja (matheclipse-core 3.0.0).
 *
 * <p>Symja reports many failures by printing a message and returning the input unevaluated. This
 * adapter captures everything Symja prints during an evaluation and raises a
 * {@link SymjaException} when anything was printed, so no caller ever continues with an
 * unevaluated expression. Parsing is strict (Mathematica syntax): in Symja's relaxed mode
 * multi-letter names are case-insensitive, so {@code dT} would silently become the built-in
 * {@code Dt}.
 *
 * <p>An instance belongs to one thread: Symja's evaluator is not thread-safe.
 */
public final class Symja {

  static {
    ParserConfig.PARSER_USE_LOWERCASE_SYMBOLS = false;
  }

  private final ExprEvaluator evaluator;
  private final ByteArrayOutputStream messages = new ByteArrayOutputStream();

  /** Starts a Symja engine in strict syntax; takes about a second on first use in a process. */
  public Symja() {
    EvalEngine engine = new EvalEngine(false);
    PrintStream capture = new PrintStream(messages, true, StandardCharsets.UTF_8);
    engine.setOutPrintStream(capture);
    engine.setErrorPrintStream(capture);
    this.evaluator = new ExprEvaluator(engine, true, (short) 0);
  }

  /** Parses an expression in Symja input syntax without evaluating it. */
  public IExpr parse(String input) {
    messages.reset();
    IExpr parsed;
    try {
      parsed = evaluator.parse(input);
    } catch (RuntimeException e) {
      throw new SymjaException("Symja could not parse: " + input + " (" + e.getMessage() + ")", e);
    }
    failOnMessages(input);
    return parsed;
  }

  /** Evaluates an expression in Symja input syntax and fails if Symja printed any message. */
  public IExpr eval(String input) {
    messages.reset();
    IExpr result;
    try {
      result = evaluator.eval(input);
    } catch (RuntimeException e) {
      throw new SymjaException("Symja failed on: " + input + " (" + e.getMessage() + ")", e);
    }
    failOnMessages(input);
    return result;
  }

  /** Evaluates {@code head[argument]}, for example {@code expand(e)} as {@code Expand[e]}. */
  public IExpr apply(String head, IExpr argument) {
    return eval(head + "[" + argument + "]");
  }

  public IExpr expand(IExpr expression) {
    return apply("Expand", expression);
  }

  public IExpr factor(IExpr expression) {
    return apply("Factor", expression);
  }

  /**
   * Tests two expressions for exact equality by expanding their difference over a common
   * denominator; returns true only when Symja reduces it to the integer 0.
   */
  public boolean exactlyEqual(IExpr left, IExpr right) {
    IExpr difference = eval("Together[Expand[(" + left + ") - (" + right + ")]]");
    return difference.isZero();
  }

  private void failOnMessages(String input) {
    String printed = messages.toString(StandardCharsets.UTF_8).strip();
    if (!printed.isEmpty()) {
      throw new SymjaException("Symja reported a problem with: " + input + ": " + printed, null);
    }
  }

  /** Raised when Symja rejects input or prints a message instead of a result. */
  public static final class SymjaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SymjaException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
