package org.vagus.io.edf;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.vagus.io.SignalRecord;

/**
 * Everything read from an EDF, EDF+, BDF or BDF+ file: the header, the ordinary signals in physical units as one
 * or more gap-free {@link EdfSegment segments}, the annotations and the onset of every data record.
 * <p>
 * Time base: the specification times data records and annotations in seconds after the header's start date and
 * time (whole seconds); the first data record may start a fraction of a second later, which its time-keeping TAL
 * says (Kemp and Olivan 2003, section 2.2.4). Here the {@link EdfAnnotation annotations} and segments are timed
 * from the first sample, the start of data record 0, as Vagus events are; {@link #start()} is the precise time of
 * that sample and {@link #recordOnsets()} keeps the file's own numbers.
 *
 * @since 0.1.0
 */
public final class EdfFile {
    private final EdfHeader header;
    private final List<EdfSegment> segments;
    private final List<EdfAnnotation> annotations;
    private final double[] recordOnsets;

    /**
     * @param recordOnsets the onset of each data record in seconds after the header's start time (copied)
     */
    public EdfFile(EdfHeader header, List<EdfSegment> segments, List<EdfAnnotation> annotations,
            double[] recordOnsets) {
        this.header = Objects.requireNonNull(header, "header");
        this.segments = List.copyOf(segments);
        this.annotations = List.copyOf(annotations);
        this.recordOnsets = recordOnsets.clone();
        if (this.segments.isEmpty()) {
            throw new IllegalArgumentException("an EDF file has at least one segment (possibly empty)");
        }
    }

    public EdfHeader header() {
        return header;
    }

    /** The gap-free runs of data records, in time order; one for a continuous file. */
    public List<EdfSegment> segments() {
        return segments;
    }

    /** The annotations of all annotation signals, ordered by onset (file order among equal onsets). */
    public List<EdfAnnotation> annotations() {
        return annotations;
    }

    /** A copy of the onsets of the data records, in seconds after the header's start time, as the file says. */
    public double[] recordOnsets() {
        return recordOnsets.clone();
    }

    /** The onset of data record 0 after the header's start time, in seconds: its sub-second part in EDF+. */
    public double firstRecordOnset() {
        return recordOnsets.length == 0 ? 0 : recordOnsets[0];
    }

    /** The date and time of the first sample: the header's start plus {@link #firstRecordOnset()}. */
    public LocalDateTime start() {
        return header.start().plusNanos(Math.round(firstRecordOnset() * 1e9));
    }

    /** True if the data records follow each other without gaps (always for EDF, EDF+C, BDF, BDF+C). */
    public boolean isContinuous() {
        return segments.size() == 1;
    }

    /**
     * The ordinary signals of a continuous file.
     *
     * @throws IllegalStateException naming the number of segments if the file has gaps; use {@link #segments()}
     */
    public SignalRecord record() {
        if (!isContinuous()) {
            throw new IllegalStateException(header.file() + " is discontinuous (" + header.reserved() + ") with "
                    + segments.size() + " segments separated by gaps; use segments()");
        }
        return segments.get(0).record();
    }

    @Override
    public String toString() {
        return "EdfFile[" + header.file() + ", " + header.reserved() + ", " + segments.size() + " segment(s), "
                + annotations.size() + " annotation(s)]";
    }
}
