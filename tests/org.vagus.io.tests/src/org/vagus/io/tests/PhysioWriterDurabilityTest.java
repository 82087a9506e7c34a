package org.vagus.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.units.SamplingRate;
import org.vagus.core.units.Unit;
import org.vagus.io.bids.PhysioReader;
import org.vagus.io.bids.PhysioSidecar;
import org.vagus.io.bids.PhysioWriter;

/**
 * {@link PhysioWriter} with {@code durable = false} (for simulated recordings) writes the same gzip members as the
 * durable writer and only skips forcing them to the disk; whether {@code fsync} ran cannot be observed from
 * inside the process, so these tests check the layout and the crash behaviour a killed process sees.
 */
class PhysioWriterDurabilityTest {
    private static final PhysioSidecar SIDECAR = PhysioSidecar.of(SamplingRate.ofHertz(100), List.of("ecg", "I1"),
            List.of(Unit.MILLIVOLT, Unit.DIMENSIONLESS));

    /** 250 rows at 100 Hz in chunks of 100 ms (10 rows): 25 members either way, byte for byte the same file. */
    @Test
    void nonDurableWriterWritesTheSameMembers(@TempDir Path dir) throws IOException {
        Path durable = write(dir.resolve("sub-01_task-a_physio.tsv.gz"), true, true);
        Path fast = write(dir.resolve("sub-02_task-a_physio.tsv.gz"), false, true);
        assertArrayEquals(Files.readAllBytes(durable), Files.readAllBytes(fast));
        PhysioReader.Result r = PhysioReader.read(fast);
        assertTrue(r.complete());
        assertEquals(25, r.members());
        assertEquals(250, r.sampleCount());
        assertEquals(0.25, r.record().signal(0).sample(25), 1e-12);
        assertEquals(1, r.record().signal(1).sample(52), "52 % 50 < 5: high");
        assertEquals(0, r.record().signal(1).sample(40), "40 % 50 >= 5: low");
    }

    /** A writer that is never closed (a killed process): the chunks written so far are there, marked incomplete. */
    @Test
    void aKilledNonDurableWriterLeavesItsCompleteChunks(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("sub-03_task-a_physio.tsv.gz"), false, false);
        PhysioReader.Result r = PhysioReader.read(file);
        assertFalse(r.complete());
        // 250 rows appended in chunks of 10: 25 full chunks written, none pending
        assertEquals(250, r.sampleCount());
        assertEquals(25, r.members());
    }

    private static Path write(Path file, boolean durable, boolean close) throws IOException {
        PhysioWriter w = PhysioWriter.create(file, SIDECAR, Duration.ofMillis(100), durable);
        assertEquals(durable, w.isDurable());
        assertEquals(10, w.chunkRows());
        double[] ecg = new double[250];
        double[] trigger = new double[250];
        for (int i = 0; i < ecg.length; i++) {
            ecg[i] = i / 100.0;
            trigger[i] = i % 50 < 5 ? 1 : 0;
        }
        w.append(new double[][] {ecg, trigger}, 0, ecg.length);
        assertEquals(250, w.flushedRowCount());
        if (close) {
            w.close();
        }
        return file;
    }
}
