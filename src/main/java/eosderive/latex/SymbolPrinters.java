package eosderive.latex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

import eosderive.symbolic.PolynomialRing;

/**
 * Printers for expressions that contain moments T(k) besides the usual symbols, such as the
 * model's update rules and the closure, optionally with the time index t on z~ and T:
 * z~ as {@code \eoszt{t}}, T(0) as {@code \eosTt{t}} and T(k) as {@code \eosTtk{t}{k}}.
 */
final class SymbolPrinters {

  private static final List<String> STATE = List.of("z", "T", "y", "w");
  private static final List<String> PARAMETERS = List.of("eps", "lam");

  /** An expression converted to a polynomial, with the printer that fits its symbols. */
  record Printable(GenPolynomial<BigRational> numerator, GenPolynomial<BigRational> denominator,
      LatexPrinter printer) {

    List<Term> terms() {
      return denominator.isONE() ? printer.terms(numerator)
          : printer.quotient(numerator, denominator);
    }
  }

  private SymbolPrinters() {}

  /** Converts {@code e} and builds a printer; {@code time} is the step index or null. */
  static Printable of(Expr e, String time) {
    Set<String> moments = new TreeSet<>();
    Set<String> others = new TreeSet<>();
    for (String name : Expr.symbols(e)) {
      (name.startsWith("T[") ? moments : others).add(name);
    }
    List<String> state = new ArrayList<>();
    STATE.stream().filter(others::contains).forEach(state::add);
    state.addAll(moments);
    List<String> names = new ArrayList<>(state);
    if (others.contains("Et")) {
      names.add("Et");
    }
    PARAMETERS.stream().filter(others::contains).forEach(names::add);
    for (String name : others) {
      if (!names.contains(name)) {
        throw new IllegalArgumentException("cannot print symbol " + name);
      }
    }
    if (names.isEmpty()) {
      names.add("z");
    }
    PolynomialRing ring = new PolynomialRing(names.toArray(new String[0]));
    Map<String, String> tex = new LinkedHashMap<>(LatexPrinter.MACROS);
    if (time != null) {
      tex.put("z", "\\eoszt{" + time + "}");
      tex.put("T", "\\eosTt{" + time + "}");
    }
    for (String m : moments) {
      String index = m.substring(2, m.length() - 1);
      tex.put(m, time == null ? "\\eosTk{" + index + "}" : "\\eosTtk{" + time + "}{" + index + "}");
    }
    LatexPrinter printer = new LatexPrinter(ring,
        List.of(state, List.of("Et"), PARAMETERS), tex);
    GenPolynomial<BigRational>[] f = ExactValue.fraction(e, ring);
    return new Printable(f[0], f[1], printer);
  }
}
