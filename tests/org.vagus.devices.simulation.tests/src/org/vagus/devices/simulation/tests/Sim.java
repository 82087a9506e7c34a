package org.vagus.devices.simulation.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.vagus.core.units.Unit;
import org.vagus.devices.simulation.ecg.EcgBlock;
import org.vagus.devices.simulation.ecg.EcgSimulator;
import org.vagus.devices.simulation.ecg.EcgsynParameters;
import org.vagus.io.Signal;

/** Shared helpers: whole simulated recordings, RR series, the shared data folder. */
final class Sim {
    private Sim() {
    }

    /** A simulated recording of {@code seconds} with its true beats. */
    record Run(Signal ecg, long[] beatSamples, double[] beatTimesS) {
        /** RR intervals between consecutive true beats, in seconds. */
        double[] rrS() {
            return diff(beatTimesS);
        }
    }

    static Run run(EcgsynParameters p, double seconds) {
        EcgSimulator s = new EcgSimulator(p);
        EcgBlock b = s.next((int) p.rate().secondsToSample(seconds));
        return new Run(new Signal("ECG", Unit.MILLIVOLT, p.rate(), b.samplesMv()), s.beatSamples(), s.beatTimesS());
    }

    static double[] diff(double[] t) {
        double[] d = new double[Math.max(0, t.length - 1)];
        for (int i = 0; i < d.length; i++) {
            d[i] = t[i + 1] - t[i];
        }
        return d;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (n - 1). */
    static double sd(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    /** The data folder: system property {@code vagus.data}, else {@code ../shared/data} from the repository root. */
    static Path data(String relative) {
        String p = System.getProperty("vagus.data");
        Path dir = p != null ? Path.of(p) : Path.of("../shared/data");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("test data folder " + dir.toAbsolutePath()
                    + " not found; set -Dvagus.data=/path/to/shared/data");
        }
        return dir.resolve(relative);
    }
}
