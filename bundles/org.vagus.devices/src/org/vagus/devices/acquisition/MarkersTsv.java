package org.vagus.devices.acquisition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

import org.vagus.core.units.SamplingRate;

/**
 * Writes markers as a BIDS events file ({@code *_events.tsv}) with the columns {@code onset} (s from sample 0),
 * {@code duration} (0: a marker is an instant), {@code sample} and {@code trial_type} (the label; tabs and line
 * breaks become spaces, an empty label {@code marker}). Markers before sample 0 cannot be events of the
 * recording and are left out. The runner writes the session's full events file; this one is the engine's own
 * record of its markers. Written atomically (temporary file, flush to disk, rename).
 *
 * @since 0.1.0
 */
public final class MarkersTsv {
    private MarkersTsv() {
    }

    /**
     * @param file the file to write (replaced atomically)
     * @param markers the markers
     * @param rate the recording's sampling rate
     * @return the number of markers written
     * @throws IOException if writing fails; the file is then unchanged
     */
    public static int write(Path file, List<Marker> markers, SamplingRate rate) throws IOException {
        StringBuilder sb = new StringBuilder("onset\tduration\tsample\ttrial_type\n");
        int n = 0;
        for (Marker m : markers.stream().sorted(java.util.Comparator.comparingLong(Marker::sampleIndex)).toList()) {
            if (m.sampleIndex() < 0) {
                continue;
            }
            String label = m.label().replaceAll("[\\t\\r\\n]", " ").strip();
            sb.append(String.format(Locale.ROOT, "%.6f", m.onsetSeconds(rate))).append("\t0\t")
                    .append(m.sampleIndex()).append('\t').append(label.isEmpty() ? "marker" : label).append('\n');
            n++;
        }
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return n;
    }
}
