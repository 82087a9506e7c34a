package org.vagus.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vagus.core.units.SamplingRate;

/**
 * A recording: channels sampled together on one time base, as in one BIDS physio file (which has a single
 * {@code SamplingFrequency}; so all channels share one sampling rate). Sample 0 is the first sample; event
 * onsets and sample indices refer to it.
 *
 * @param name the recording's name, non-blank (such as the BIDS file stem
 *            {@code sub-01_ses-01_task-stress_recording-ecg})
 * @param startTime the wall-clock instant of sample 0 from the acquisition computer, or null if unknown
 * @param channels the channels, at least one, unique by name, all at the same sampling rate. Copied
 * @param sampleCount the number of samples per channel, >= 0
 * @since 0.1.0
 */
public record Recording(String name, Instant startTime, List<Channel> channels, long sampleCount) {
    /**
     * @throws IllegalArgumentException if the name is blank, there are no channels, channel names repeat,
     *             sampling rates differ, or sampleCount is negative
     */
    public Recording {
        Checks.nonBlank("recording name", name);
        channels = Checks.uniqueList("channels of recording " + name, channels, Channel::name);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels of recording " + name + ": expected at least one channel");
        }
        SamplingRate rate = channels.get(0).samplingRate();
        for (Channel c : channels) {
            if (!c.samplingRate().equals(rate)) {
                throw new IllegalArgumentException("channels of recording " + name + ": channel " + c.name() + " at "
                        + c.samplingRate() + ", expected all at " + rate + " (one sampling rate per recording)");
            }
        }
        if (sampleCount < 0) {
            throw new IllegalArgumentException("sample count of recording " + name + ": " + sampleCount + ", expected >= 0");
        }
    }

    /** The sampling rate shared by all channels. */
    public SamplingRate samplingRate() {
        return channels.get(0).samplingRate();
    }

    /** The duration in seconds: {@code sampleCount / hertz}. */
    public double durationSeconds() {
        return samplingRate().sampleToSeconds(sampleCount);
    }

    /** The start time if known. */
    public Optional<Instant> startTimeIfKnown() {
        return Optional.ofNullable(startTime);
    }

    /** The channel with this name, if any. */
    public Optional<Channel> channel(String channelName) {
        return channels.stream().filter(c -> c.name().equals(channelName)).findFirst();
    }

    /** A copy with another sample count, for a recording that grows while it is written. */
    public Recording withSampleCount(long newSampleCount) {
        return new Recording(name, startTime, channels, newSampleCount);
    }

    /** A copy with another start time. */
    public Recording withStartTime(Instant newStartTime) {
        return new Recording(name, newStartTime, channels, sampleCount);
    }

    @Override
    public String toString() {
        return "Recording[" + name + ", " + channels.size() + " channels at " + samplingRate() + ", " + sampleCount
                + " samples, start " + Objects.toString(startTime, "unknown") + "]";
    }
}
