package eosderive.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model definition, the only input of every derivation: the one-step gradient descent map
 * in moments, the eigenvalues of Q, the conserved quantity and the edge-of-stability family.
 * Each entry is an expression in Symja input syntax, read from a {@code name = expression} file.
 */
public final class ModelDefinition {

  /** Class-path location of the two-parameter model shipped with eos-derive. */
  public static final String TWO_PARAMETER = "/eosderive/model/two-parameter.model";

  private static final List<String> REQUIRED =
      List.of("zNext", "momentNext", "eigenvalues", "conserved", "edgeFamily");

  private final String source;
  private final Map<String, String> entries;

  private ModelDefinition(String source, Map<String, String> entries) {
    this.source = source;
    this.entries = entries;
    for (String name : REQUIRED) {
      if (!entries.containsKey(name)) {
        throw new IllegalArgumentException(
            "model definition " + source + " is missing the entry '" + name + "'");
      }
    }
  }

  /** Loads the two-parameter model from the class path. */
  public static ModelDefinition twoParameter() {
    try (InputStream in = ModelDefinition.class.getResourceAsStream(TWO_PARAMETER)) {
      if (in == null) {
        throw new IllegalStateException("model resource " + TWO_PARAMETER + " not found");
      }
      return parse(TWO_PARAMETER, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code name = expression} lines; '#' starts a comment. */
  public static ModelDefinition parse(String source, String text) {
    Map<String, String> entries = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String content = line.replaceFirst("#.*", "").strip();
        if (content.isEmpty()) {
          continue;
        }
        int equals = content.indexOf('=');
        if (equals <= 0) {
          throw new IllegalArgumentException(
              source + " line " + number + ": expected 'name = expression', found: " + line);
        }
        entries.put(content.substring(0, equals).strip(), content.substring(equals + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ModelDefinition(source, entries);
  }

  public String source() {
    return source;
  }

  /** Returns the expression text of one entry, for example {@code zNext}. */
  public String entry(String name) {
    String value = entries.get(name);
    if (value == null) {
      throw new IllegalArgumentException("model definition has no entry '" + name + "'");
    }
    return value;
  }

  /** Returns all entries in file order, for recording the input next to each result. */
  public Map<String, String> entries() {
    return java.util.Collections.unmodifiableMap(entries);
  }
}
