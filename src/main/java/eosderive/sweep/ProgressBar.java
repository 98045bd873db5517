package eosderive.sweep;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A text progress bar on a stream (standard error for the commands), redrawn in place with a
 * carriage return at most every 200 ms. Thread-safe. A disabled bar prints nothing.
 */
public final class ProgressBar {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream out;
  private final String label;
  private final long total;
  private final boolean enabled;
  private long done;
  private long lastDraw;

  public ProgressBar(PrintStream out, String label, long total, boolean enabled) {
    this.out = out;
    this.label = label;
    this.total = Math.max(total, 1);
    this.enabled = enabled;
  }

  /** Adds {@code count} finished units and redraws if 200 ms have passed. */
  public synchronized void advance(long count) {
    done += count;
    long now = System.nanoTime();
    if (enabled && (now - lastDraw > REDRAW_NANOS || done >= total)) {
      lastDraw = now;
      int filled = (int) Math.min(WIDTH, WIDTH * done / total);
      out.printf(Locale.ROOT, "\r%s [%s%s] %d/%d", label, "#".repeat(filled),
          ".".repeat(WIDTH - filled), done, total);
      out.flush();
    }
  }

  /** Ends the line of the bar. */
  public synchronized void finish() {
    if (enabled) {
      out.println();
      out.flush();
    }
  }
}
