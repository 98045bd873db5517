package eosderive.latex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eosderive.model.ModelDefinition;
import eosderive.symbolic.Symja;
import eosderive.verify.Check;

/**
 * Reads every equation of every LaTeX fragment back into an exact expression and compares it
 * with the value the fragment claims to show: a field of the result's JSON file (parsed by
 * Symja) or an entry of the model. Names that a fragment defines, such as s, a_3 or p_0(z~),
 * are substituted into the equations that use them, and each definition must be used.
 *
 * <p>Annotations, one comment line before each equation ({@code % eos-check MODE SOURCE}):
 * {@code rhs} compares the right side with SOURCE; {@code relation} compares left minus right
 * side and the relation sign with a relation such as {@code z == 0} or {@code ... >= 0};
 * {@code series} compares the right side, a truncated series, with a JSON series object and
 * checks the order of its O-term; {@code truncated} compares the right side, a polynomial ending
 * in an O-term, with SOURCE and requires the O-term's order to be one more than the result's
 * {@code order} field; {@code definition} only defines the name on its left. SOURCE is
 * {@code json:a.b.0.c} (a path of keys and list indices) or {@code model:entry}.
 *
 * <p>Prose is not compared. A text line with inline math must follow the comment
 * {@code % eos-text}, which declares that its math is notation or a transcription (such as a
 * formula as the paper prints it), never a derived value; {@link FragmentReader} reports any
 * other inline math as unchecked.
 */
public final class RoundTrip {

  private static final Set<String> RESULT_SYMBOLS =
      Set.of("z", "T", "y", "w", "eps", "lam", "Et", "k");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Symja symja;

  public RoundTrip(Symja symja) {
    this.symja = symja;
  }

  /** Returns one check row per fragment {@code NAME.tex} in the directory that has a NAME.json. */
  public List<Check> roundTrip(Path derivationsDir) throws IOException {
    List<Check> checks = new ArrayList<>();
    List<Path> fragments;
    try (Stream<Path> files = Files.list(derivationsDir)) {
      fragments = files.filter(p -> p.toString().endsWith(".tex")).sorted().toList();
    }
    for (Path tex : fragments) {
      String name = tex.getFileName().toString().replaceFirst("\\.tex$", "");
      Path json = derivationsDir.resolve(name + ".json");
      if (Files.exists(json)) {
        checks.add(fragment(name, Files.readString(tex, StandardCharsets.UTF_8),
            JSON.readTree(json.toFile())));
      }
    }
    return checks;
  }

  /** Checks the fragment {@code tex} of the result whose JSON tree is {@code json}. */
  public Check fragment(String name, String tex, JsonNode json) {
    FragmentReader.Fragment fragment = FragmentReader.read(tex);
    List<String> failures = new ArrayList<>(fragment.unchecked());
    Map<String, Expr> definitions = new LinkedHashMap<>();
    List<TexParser.Equation> equations = new ArrayList<>();
    for (FragmentReader.Block b : fragment.blocks()) {
      try {
        TexParser.Equation e = TexParser.equation(b.tex());
        equations.add(e);
        if (e.lhs() instanceof Expr.Sym s && !RESULT_SYMBOLS.contains(s.name())
            && !s.name().startsWith("T[")) {
          definitions.put(s.name(), e.rhs());
        }
      } catch (RuntimeException x) {
        equations.add(null);
        failures.add("line " + b.line() + ": " + x.getMessage());
      }
    }
    int equal = 0;
    for (int i = 0; i < equations.size(); i++) {
      FragmentReader.Block b = fragment.blocks().get(i);
      TexParser.Equation e = equations.get(i);
      if (e == null) {
        continue;
      }
      try {
        String problem = compare(b, e, definitions, equations, json);
        if (problem == null) {
          equal++;
        } else {
          failures.add("line " + b.line() + " (" + b.source() + "): " + problem);
        }
      } catch (RuntimeException x) {
        failures.add("line " + b.line() + " (" + b.source() + "): " + x.getMessage());
      }
    }
    int total = fragment.blocks().size();
    boolean passed = failures.isEmpty() && total > 0;
    String detail = "each displayed equation of " + name + ".tex parsed back from LaTeX and "
        + "compared exactly, as a rational function, with the value it shows"
        + (failures.isEmpty() ? "" : "; problems: "
            + String.join("; ", failures.subList(0, Math.min(5, failures.size()))));
    return new Check("latex round trip: " + name, passed, equal + " of " + total
        + " equations equal", "all equal", detail);
  }

  private String compare(FragmentReader.Block b, TexParser.Equation e,
      Map<String, Expr> definitions, List<TexParser.Equation> all, JsonNode json) {
    Expr rhs = ExactValue.substitute(e.rhs(), definitions);
    if (b.mode().equals("definition")) {
      return used(e, all) ? null : "defines " + e.lhsText() + ", which nothing uses";
    }
    if (b.mode().equals("series")) {
      JsonNode series = node(json, b.source());
      Expr expected = symja(series.get("constant").asText()).rhs();
      List<Expr> sum = new ArrayList<>(List.of(expected));
      int order = 0;
      for (Iterator<String> k = series.get("coefficients").fieldNames(); k.hasNext(); ) {
        String key = k.next();
        order = Math.max(order, Integer.parseInt(key));
        Expr c = symja(series.get("coefficients").get(key).asText()).rhs();
        sum.add(new Expr.Product(List.of(c, new Expr.Power(new Expr.Sym("z"),
            Integer.parseInt(key)))));
      }
      if (e.truncation() == null || e.truncation() != order + 1
          || !e.truncatedIn().equals("z")) {
        return "expected O(z^" + (order + 1) + "), found "
            + (e.truncation() == null ? "none" : "O(z^" + e.truncation() + ")");
      }
      return ExactValue.equal(rhs, new Expr.Sum(sum)) ? null : "series differs";
    }
    if (b.mode().equals("truncated")) {
      int order = json.path("order").asInt(-1);
      if (e.truncation() == null || e.truncation() != order + 1) {
        return "expected an O-term of order " + (order + 1) + ", found "
            + (e.truncation() == null ? "none" : e.truncation());
      }
      SymjaReader.Relation source = source(b.source(), json);
      return source.relation() == null && ExactValue.equal(rhs, source.rhs()) ? null
          : "right side differs from the source";
    }
    if (e.truncation() != null) {
      return "unexpected O-term";
    }
    SymjaReader.Relation source = source(b.source(), json);
    if (b.mode().equals("rhs")) {
      return source.relation() == null && ExactValue.equal(rhs, source.rhs()) ? null
          : "right side differs from the source";
    }
    if (b.mode().equals("relation")) {
      if (e.lhs() == null || !e.relation().equals(source.relation())) {
        return "relation " + e.relation() + " does not match the source";
      }
      Expr shown = new Expr.Sum(List.of(ExactValue.substitute(e.lhs(), definitions),
          new Expr.Negation(rhs)));
      Expr expected = new Expr.Sum(List.of(source.lhs(), new Expr.Negation(source.rhs())));
      return ExactValue.equal(shown, expected) ? null : "relation differs from the source";
    }
    return "unknown check mode " + b.mode();
  }

  private static boolean used(TexParser.Equation definition, List<TexParser.Equation> all) {
    String name = ((Expr.Sym) definition.lhs()).name();
    for (TexParser.Equation e : all) {
      if (e != null && e != definition && Expr.symbols(e.rhs()).contains(name)) {
        return true;
      }
    }
    return false;
  }

  private SymjaReader.Relation source(String source, JsonNode json) {
    if (source.startsWith("json:")) {
      return symja(node(json, source).asText());
    }
    if (source.startsWith("model:")) {
      String input = json.path("input").asText();
      if (!input.equals(ModelDefinition.TWO_PARAMETER)) {
        throw new IllegalArgumentException("unknown model " + input);
      }
      return symja(ModelDefinition.twoParameter().entry(source.substring("model:".length())));
    }
    throw new IllegalArgumentException("unknown source " + source);
  }

  private SymjaReader.Relation symja(String input) {
    return SymjaReader.relation(symja.parse(input));
  }

  private static JsonNode node(JsonNode root, String source) {
    JsonNode node = root;
    for (String key : source.substring(source.indexOf(':') + 1).split("\\.")) {
      node = node.isArray() ? node.path(Integer.parseInt(key)) : node.path(key);
      if (node.isMissingNode()) {
        throw new IllegalArgumentException("no field " + source);
      }
    }
    return node;
  }
}
