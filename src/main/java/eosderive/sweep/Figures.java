package eosderive.sweep;

import java.io.IOException;
import java.nio.file.Path;

import eosderive.output.AtomicFiles;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes XChart charts as PNG through a temporary file and a move, headless. */
final class Figures {

  private Figures() {}

  static void writePng(Path target, Chart<?, ?> chart) throws IOException {
    System.setProperty("java.awt.headless", "true");
    AtomicFiles.write(target,
        out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
  }
}
