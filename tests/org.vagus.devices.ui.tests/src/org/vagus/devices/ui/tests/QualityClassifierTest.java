package org.vagus.devices.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vagus.core.model.ChannelType;
import org.vagus.core.units.Unit;
import org.vagus.devices.ChannelDescription;
import org.vagus.devices.ui.model.ChannelQuality;
import org.vagus.devices.ui.model.QualityClassifier;
import org.vagus.devices.ui.model.SignalQuality;

/**
 * Signal quality. The BITalino ECG channel's numbers by hand: 10-bit codes, {@code mV = raw * 3 / 1024 - 1.5}, so one
 * code is 3 / 1024 = 0.0029296875 mV, the rails are code 0 = -1.5 mV and code 1023 = 1023 * 3 / 1024 - 1.5 =
 * 1.4970703125 mV, a flat line spans at most two codes (0.005859375 mV). The sine's peak-to-peak range (2000 samples
 * of sin(2 pi 1.2 t) at 1000 Hz) is 2.0, with numpy: {@code s = np.sin(2*np.pi*1.2*np.arange(2000)/1000);
 * s.max() - s.min()}.
 */
class QualityClassifierTest {
    private static final double LSB = 3.0 / 1024;
    private static final ChannelDescription BITALINO_ECG = new ChannelDescription("A2", Unit.MILLIVOLT, ChannelType.ECG,
            10, LSB, -1.5);
    private static final ChannelDescription SIMULATED_ECG = ChannelDescription.of("ECG", Unit.MILLIVOLT,
            ChannelType.ECG, 0);

    private static double code(int raw) {
        return BITALINO_ECG.toPhysical(raw);
    }

    private static double[] sine(double amplitude, int n) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = amplitude * Math.sin(2 * Math.PI * 1.2 * i / 1000);
        }
        return s;
    }

    private static ChannelQuality classify(ChannelDescription channel, double[] samples) {
        return QualityClassifier.forChannel(channel).classify(samples, 0, samples.length);
    }

    @Test
    void railsAndFlatThresholdComeFromTheConverter() {
        QualityClassifier q = QualityClassifier.forChannel(BITALINO_ECG);
        assertEquals(-1.5, q.railLow());
        assertEquals(1.4970703125, q.railHigh());
        assertEquals(0.00146484375, q.railTolerance());
        assertEquals(0.005859375, q.flatPeakToPeak());
    }

    @Test
    void aSineIsOk() {
        ChannelQuality q = classify(BITALINO_ECG, sine(1, 2000));
        assertEquals(SignalQuality.OK, q.quality());
        assertEquals(2.0, q.peakToPeak(), 1e-12);
        assertEquals(2000, q.samples());
        assertEquals(0, q.railFraction());
    }

    @Test
    void aConstantIsFlatAndQuantisationNoiseOfTwoCodesToo() {
        double[] constant = new double[2000];
        Arrays.fill(constant, -0.2);
        assertEquals(SignalQuality.FLAT, classify(BITALINO_ECG, constant).quality());
        // codes 511, 512, 513 in turn: a span of two codes, 0.005859375 mV
        double[] toggling = new double[2000];
        for (int i = 0; i < toggling.length; i++) {
            toggling[i] = code(511 + i % 3);
        }
        ChannelQuality q = classify(BITALINO_ECG, toggling);
        assertEquals(SignalQuality.FLAT, q.quality());
        assertEquals(0.005859375, q.peakToPeak(), 1e-15);
        // codes 511 .. 514: three codes is a signal
        for (int i = 0; i < toggling.length; i++) {
            toggling[i] = code(511 + i % 4);
        }
        assertEquals(SignalQuality.OK, classify(BITALINO_ECG, toggling).quality());
    }

    @Test
    void onePercentAtARailIsSaturation() {
        // 20 of 2000 samples (1 %) at code 1023: saturated; 19 (0.95 %): OK
        double[] s = sine(0.5, 2000);
        for (int i = 0; i < 20; i++) {
            s[100 * i] = code(1023);
        }
        ChannelQuality q = classify(BITALINO_ECG, s);
        assertEquals(SignalQuality.SATURATED, q.quality());
        assertEquals(0.01, q.railFraction(), 1e-15);
        s[0] = 0;
        q = classify(BITALINO_ECG, s);
        assertEquals(SignalQuality.OK, q.quality());
        assertEquals(0.0095, q.railFraction(), 1e-15);
        // the bottom rail counts as well
        for (int i = 0; i < 40; i++) {
            s[50 * i + 1] = code(0);
        }
        assertEquals(SignalQuality.SATURATED, classify(BITALINO_ECG, s).quality());
    }

    @Test
    void aLineStuckAtARailIsSaturationRatherThanFlat() {
        double[] s = new double[2000];
        Arrays.fill(s, code(1023));
        ChannelQuality q = classify(BITALINO_ECG, s);
        assertEquals(SignalQuality.SATURATED, q.quality());
        assertEquals(1.0, q.railFraction());
        assertEquals(0, q.peakToPeak());
    }

    @Test
    void lostFramesAreCountedAndTooFewSamplesAreNoData() {
        double[] s = new double[2000];
        Arrays.fill(s, Double.NaN);
        ChannelQuality q = classify(BITALINO_ECG, s);
        assertEquals(SignalQuality.NO_DATA, q.quality());
        assertEquals(2000, q.lost());
        assertEquals(0, q.samples());
        // 9 finite samples are too few, 10 are enough
        for (int i = 0; i < 9; i++) {
            s[i] = code(100 + 10 * i);
        }
        assertEquals(SignalQuality.NO_DATA, classify(BITALINO_ECG, s).quality());
        s[9] = code(300);
        q = classify(BITALINO_ECG, s);
        assertEquals(SignalQuality.OK, q.quality());
        assertEquals(1990, q.lost());
    }

    @Test
    void aChannelOfUnknownResolutionIsFlatOnlyWhenConstantAndNeverSaturated() {
        double[] s = new double[2000];
        Arrays.fill(s, 0.25);
        assertEquals(SignalQuality.FLAT, classify(SIMULATED_ECG, s).quality());
        s[1000] = 0.2500001;
        assertEquals(SignalQuality.OK, classify(SIMULATED_ECG, s).quality());
        Arrays.fill(s, 1e300);
        s[0] = -1e300;
        assertEquals(SignalQuality.OK, classify(SIMULATED_ECG, s).quality());
    }

    @Test
    void markersAndDigitalChannelsAreNeverFlatNorSaturated() {
        ChannelDescription digital = ChannelDescription.of("O1", Unit.DIMENSIONLESS, ChannelType.MARKER, 1);
        double[] s = new double[2000];
        assertEquals(SignalQuality.OK, classify(digital, s).quality());
    }

    @Test
    void thresholdsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new QualityClassifier(0, 1, 1, 0, 0.01, 10));
        assertThrows(IllegalArgumentException.class, () -> new QualityClassifier(0, 0, 1, 0, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new QualityClassifier(Double.NaN, 0, 1, 0, 0.01, 10));
    }
}
