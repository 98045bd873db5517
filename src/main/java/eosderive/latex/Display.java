package eosderive.latex;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code align*} display of equations whose right sides are sums. Each equation is preceded
 * by a {@code % eos-check} comment that names the value it shows (see {@link RoundTrip}), and a
 * right side wider than the line is broken between terms, or inside the parentheses of a long
 * term, onto continuation lines indented by {@code \quad} under the relation sign.
 */
public final class Display {

  /** Usable width of a display line in points (A4, 2.2 cm margins, 10 pt type). */
  static final double LINE = 430;

  private record Row(String check, String lhs, String relation, List<Term> rhs) {}

  private final List<Row> rows = new ArrayList<>();

  /**
   * Adds {@code lhs relation rhs}; {@code check} is the annotation after {@code % eos-check},
   * for example {@code rhs json:components.z}, or null for an equation that is not checked.
   */
  public Display add(String check, String lhs, String relation, List<Term> rhs) {
    rows.add(new Row(check, lhs, relation, rhs));
    return this;
  }

  public Display add(String check, String lhs, List<Term> rhs) {
    return add(check, lhs, "=", rhs);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public String toTex() {
    double lhsWidth = 0;
    for (Row r : rows) {
      lhsWidth = Math.max(lhsWidth, TexWidth.of(r.lhs()));
    }
    StringBuilder out = new StringBuilder("\\begin{align*}\n");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.check() != null) {
        out.append("% eos-check ").append(r.check()).append('\n');
      }
      double first = LINE - lhsWidth - TexWidth.of(r.relation()) - 12;
      List<String> lines = lines(r.rhs(), first, first - 10);
      out.append("  ").append(r.lhs()).append(" &").append(r.relation()).append(' ')
          .append(String.join(" \\\\\n  &\\quad{} ", lines));
      out.append(i + 1 < rows.size() ? " \\\\\n" : "\n");
    }
    return out.append("\\end{align*}\n").toString();
  }

  /** Breaks a sum into lines: the first at most {@code first} wide, the others {@code rest}. */
  static List<String> lines(List<Term> terms, double first, double rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double width = 0;
    for (String unit : units(terms, rest)) {
      double w = TexWidth.of(unit);
      double limit = lines.isEmpty() ? first : rest;
      if (line.length() > 0 && width + w > limit) {
        lines.add(line.toString());
        line.setLength(0);
        width = 0;
      }
      line.append(line.length() > 0 ? " " : "").append(unit);
      width += w;
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Returns the pieces a line may break between: whole terms with their signs, and for a term wider
   * than {@code limit} its inner terms, the first joined to the opening and the last to the
   * closing parenthesis.
   */
  private static List<String> units(List<Term> terms, double limit) {
    List<String> units = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      String sign;
      if (i == 0) {
        sign = t.negative() ? "-" : "";
      } else {
        sign = t.negative() ? "- " : "+ ";
      }
      if (!t.breakable() || TexWidth.of(t.magnitude()) <= limit) {
        units.add(sign + t.magnitude());
        continue;
      }
      List<String> inner = units(t.inner(), limit);
      inner.set(0, sign + t.head() + inner.get(0));
      int last = inner.size() - 1;
      inner.set(last, inner.get(last) + t.tail());
      units.addAll(inner);
    }
    return units;
  }
}
