package org.vagus.io.edf;

import java.util.Objects;

import org.vagus.io.SignalRecord;

/**
 * A run of data records without gaps between them: the whole recording of an EDF, EDF+C or BDF file, one
 * uninterrupted stretch of an EDF+D/BDF+D file (Kemp and Olivan 2003, section 2.2.4). Within a segment every
 * signal is uniformly sampled.
 *
 * @param onset seconds from the first sample of the recording (0 for the first segment)
 * @param firstRecord the 0-based data record the segment starts with
 * @param recordCount the number of data records in the segment
 * @param record the ordinary signals (annotation signals excluded) over the segment
 * @since 0.1.0
 */
public record EdfSegment(double onset, int firstRecord, int recordCount, SignalRecord record) {
    public EdfSegment {
        Objects.requireNonNull(record, "record");
    }
}
