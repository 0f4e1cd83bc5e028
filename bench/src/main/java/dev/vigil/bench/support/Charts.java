package dev.vigil.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes XChart charts as PNG into {@code docs/performance} (or {@code -Dbench.charts}), headless. */
public final class Charts {

    private Charts() {
    }

    public static Path save(Chart<?, ?> chart, String name) {
        System.setProperty("java.awt.headless", "true");
        Path directory = Path.of(System.getProperty("bench.charts", "docs/performance"));
        Path file = directory.resolve(name + ".png");
        try {
            Files.createDirectories(directory);
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        System.out.println("chart written to " + file);
        return file;
    }
}
