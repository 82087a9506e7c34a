package org.vagus.demo;

import java.util.SplittableRandom;

import org.vagus.devices.simulation.ecg.HeartRateResponse;
import org.vagus.devices.simulation.ecg.VariabilityResponse;

/**
 * How a simulated participant's traits drive its responses to the stress task, sized so that the seed's effects come
 * out at about their reported size (Sun et al.; {@link SeedStudy}). Trait self-compassion enters as the continuous
 * SCS total, not as the group: {@code c = SCS_MEAN - scs} (positive for low self-compassion), in SCS points.
 * <h2>Heart rate</h2>
 * Each 'Wrong' feedback triggers a {@link HeartRateResponse} (acceleration) of peak
 * {@code hrPeakMean + hrPerScs * c + N(0, hrPeakSd)} bpm, with latency {@link #hrLatencyS}, rise {@link #hrRiseS}
 * and decay {@link #hrDecayS}. The seed's window, AUC 0-0.85 s, holds less than one beat: the difference shows only
 * if the first beat after the feedback is already faster, hence a short latency and a fast rise.
 * <h2>nHF and the tracker's time resolution</h2>
 * The seed finds nHF higher in High SC over 0.7-3.4 s. The analysis (recipe {@code seed.json}: TVAR(12), Kalman
 * filter and RTS smoother, q = 1e-4 relative) cannot follow a change of a few seconds: its 10-90 % rise time is about
 * 50 s, and being two-sided it starts before the change (-21 s to +29 s for a step; see TvarModel). What the recipe
 * measures, the mean over 0.7-3.4 s minus the mean over -1..0 s of the smoothed nHF, is therefore the local
 * <em>slope</em> of a course smoothed over tens of seconds, times about 2.5 s. The design gives that slope something
 * to see: each 'Wrong' feedback starts a vagal withdrawal, a {@link VariabilityResponse} that removes the fraction
 * {@code w} of HF power for {@link #hfDurationS} seconds (raised-cosine ramps of {@link #hfRampS}), long enough to
 * cover most of the next trial; with 11 'Wrong' trials about 20-27 s apart the smoothed nHF then falls around every
 * feedback and recovers between, and the slope at the feedback scales with {@code w}. The withdrawal is
 * {@code w = clamp(hfMean + hfPerScs * c + hfPerHama * (HAMA - 22.71) / 5.97 + N(0, hfSd), 0, 0.95)}: larger for
 * lower self-compassion and for more anxiety (HAMA standardised by the seed's whole-sample mean and SD), so the nHF
 * change is higher in High SC and correlates negatively with HAMA (seed r = -0.32, more than SCS alone would give
 * through the SCS-HAMA association). The between-participant SD {@code hfSd}, with the tracker's own noise, sets
 * d near the seed's 0.60. Calibration: the built-in analysis of a generated study gave the measured features as
 * linear in the injected ones (HR AUC 0-0.85 s = 0.15 + 0.27 peak, residual SD 1.1 bpm*s; nHF change = -0.0028 -
 * 0.019 w, residual SD 0.007), from which the slopes and SDs were set for d about 0.55 and 0.60 and r about -0.3;
 * a 20-seed run ({@link DemoRecovery}) of a first setting (2.75 bpm and 0.22 per SCS point) realised mean d 0.63 and
 * 0.73, so both slopes were scaled down to the values below.
 * <h2>Questionnaires</h2>
 * State anxiety (STAI-S) before the task: {@code staiPreMean + 0.5 (HAMA - 22.71) + N(0, staiPreSd)}; its change
 * {@code staiChangeMean + staiPerScs * c + N(0, staiChangeSd)}: Low SC rises more (seed t(75) = -2.07, d = 0.47).
 * Perceived stress (1-10) before: {@code N(stressPreMean, stressPreSd)}; change {@code N(stressChangeMean,
 * stressChangeSd)} whatever the SCS (seed: no group difference, p = 0.55). All rounded and clamped to the scales.
 *
 * @param hrPeakMean mean peak heart-rate increase, bpm
 * @param hrPerScs added per SCS point below the mean, bpm
 * @param hrPeakSd between-participant SD of the peak, bpm
 * @param hrLatencyS latency of the heart-rate response, s
 * @param hrRiseS its rise time constant, s
 * @param hrDecayS its decay time constant, s
 * @param hfMean mean HF withdrawal (fraction of HF power removed)
 * @param hfPerScs added per SCS point below the mean
 * @param hfPerHama added per SD of HAMA above the seed's mean
 * @param hfSd between-participant SD of the withdrawal
 * @param hfLatencyS latency of the withdrawal, s
 * @param hfDurationS its duration including the ramps, s
 * @param hfRampS each ramp, s
 * @param staiPreMean mean STAI-S before the task
 * @param staiPreSd its SD
 * @param staiChangeMean mean STAI-S change
 * @param staiPerScs added to the change per SCS point below the mean
 * @param staiChangeSd its between-participant SD
 * @param stressPreMean mean perceived stress before the task
 * @param stressPreSd its SD
 * @param stressChangeMean mean perceived stress change
 * @param stressChangeSd its SD
 * @since 0.1.0
 */
public record ResponseDesign(double hrPeakMean, double hrPerScs, double hrPeakSd, double hrLatencyS, double hrRiseS,
        double hrDecayS, double hfMean, double hfPerScs, double hfPerHama, double hfSd, double hfLatencyS,
        double hfDurationS, double hfRampS, double staiPreMean, double staiPreSd, double staiChangeMean,
        double staiPerScs, double staiChangeSd, double stressPreMean, double stressPreSd, double stressChangeMean,
        double stressChangeSd) {

    /** The design the demo runs (calibrated as the class comment says). */
    public static final ResponseDesign DEFAULT = new ResponseDesign(4.0, 2.3, 1.5, 0.05, 0.3, 2.0, 0.50, 0.16, 0.13,
            0.18, 0.2, 14, 2, 46, 8, 5.0, 4.0, 7.8, 5.5, 1.8, 1.5, 1.8);

    /** Draws the resting heart and the responses of a participant with these traits. */
    public Physiology physiology(double scs, int hama, SplittableRandom random) {
        double c = SeedStudy.SCS_MEAN - scs;
        double heartRate = clamp(76 + 9 * random.nextGaussian(), 55, 105);
        double rrSd = 30 + 30 * random.nextDouble();
        double lfHf = clamp(Math.exp(0.35 * random.nextGaussian()), 0.4, 2.5);
        double hf = 0.2 + 0.1 * random.nextDouble();
        double peak = hrPeakMean + hrPerScs * c + hrPeakSd * random.nextGaussian();
        double w = clamp(hfMean + hfPerScs * c + hfPerHama * (hama - 22.71) / 5.97 + hfSd * random.nextGaussian(), 0,
                0.95);
        return new Physiology(heartRate, rrSd, lfHf, hf, peak, w);
    }

    /** The heart-rate response of a participant to one 'Wrong' feedback. */
    public HeartRateResponse heartRateResponse(Physiology p) {
        return new HeartRateResponse(clamp(p.hrPeakBpm(), -100, 100), hrLatencyS, hrRiseS, hrDecayS);
    }

    /** The vagal withdrawal of a participant after one 'Wrong' feedback. */
    public VariabilityResponse withdrawal(Physiology p) {
        return VariabilityResponse.hf(-p.hfWithdrawal(), hfLatencyS, hfDurationS, hfRampS);
    }

    /** STAI-S before and after the task (20-80). */
    public int[] stai(double scs, int hama, SplittableRandom random) {
        double c = SeedStudy.SCS_MEAN - scs;
        int pre = (int) Math.round(clamp(staiPreMean + 0.5 * (hama - 22.71) + staiPreSd * random.nextGaussian(), 20,
                80));
        int post = (int) Math.round(clamp(pre + staiChangeMean + staiPerScs * c
                + staiChangeSd * random.nextGaussian(), 20, 80));
        return new int[] {pre, post};
    }

    /** Perceived stress before and after the task (1-10). */
    public int[] stress(SplittableRandom random) {
        int pre = (int) Math.round(clamp(stressPreMean + stressPreSd * random.nextGaussian(), 1, 10));
        int post = (int) Math.round(clamp(pre + stressChangeMean + stressChangeSd * random.nextGaussian(), 1, 10));
        return new int[] {pre, post};
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
