package eosderive.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader never sees a half-written one: the content goes to a temporary
 * file in the same directory, which is then moved over the target in one step. The temporary
 * file is deleted when writing fails.
 */
public final class AtomicFiles {

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes whatever {@code content} produces, for example a PNG encoder's output. */
  public static void write(Path target, Content content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
    try {
      // Temporary files are created owner-only; results are meant to be shared like any file.
      if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
