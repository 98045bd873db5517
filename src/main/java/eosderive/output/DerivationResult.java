package eosderive.output;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One derived result, ready to be written as {@code derivations/<name>.json} and
 * {@code derivations/<name>.tex}. Field order is insertion order, so output is deterministic.
 *
 * <p>Every expression is a string in Symja input syntax over the symbols z, T, y, eps, lam and
 * Et. The LaTeX fragment is complete text that compiles inside an amsmath document once the
 * notation macros of {@code derivations/eos-macros.tex} are defined.
 */
public final class DerivationResult {

  private final String name;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final StringBuilder tex = new StringBuilder();

  public DerivationResult(String name, String title) {
    this.name = name;
    fields.put("name", name);
    fields.put("title", title);
  }

  public String name() {
    return name;
  }

  /** Adds or replaces a top-level JSON field; values are strings, numbers, lists or maps. */
  public DerivationResult put(String key, Object value) {
    fields.put(key, value);
    return this;
  }

  public Object get(String key) {
    return fields.get(key);
  }

  /** Appends LaTeX text to the fragment. */
  public DerivationResult tex(String latex) {
    tex.append(latex);
    return this;
  }

  /** Returns the JSON fields in insertion order; callers may reorder them in place. */
  public Map<String, Object> fields() {
    return fields;
  }

  public String texFragment() {
    return tex.toString();
  }
}
