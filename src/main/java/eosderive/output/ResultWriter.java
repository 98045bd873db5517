package eosderive.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes derivation results under {@code <out>/derivations/} and reports under
 * {@code <out>/verification/}. Output contains no time stamps or host names, so rerunning with
 * the same inputs produces byte-identical files.
 */
public final class ResultWriter {

  /** Version recorded in every result file. */
  public static final String ENGINE_VERSION = "eos-derive 0.1.0";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final Path out;

  public ResultWriter(Path out) {
    this.out = out;
  }

  public Path derivationsDirectory() {
    return out.resolve("derivations");
  }

  public Path verificationDirectory() {
    return out.resolve("verification");
  }

  /** Writes {@code <name>.json} and {@code <name>.tex} and returns the JSON path. */
  public Path write(DerivationResult result) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>(result.fields());
    fields.put("engineVersion", ENGINE_VERSION);
    Path json = derivationsDirectory().resolve(result.name() + ".json");
    AtomicFiles.writeString(json, toJson(fields));
    AtomicFiles.writeString(
        derivationsDirectory().resolve(result.name() + ".tex"), result.texFragment());
    return json;
  }

  /** Writes a file under the derivations directory, for example the notation macros. */
  public Path writeDerivationFile(String fileName, String text) throws IOException {
    Path path = derivationsDirectory().resolve(fileName);
    AtomicFiles.writeString(path, text);
    return path;
  }

  /** Serialises maps, lists, strings and numbers as indented JSON with a final newline. */
  public static String toJson(Object value) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialise result: " + e.getMessage(), e);
    }
  }
}
