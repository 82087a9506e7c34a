package org.vagus.io;

import java.util.List;
import java.util.Objects;

import org.vagus.core.units.SamplingRate;

/**
 * The annotations of one annotator on one record, with the clock their sample indices count.
 *
 * @param source the annotation file
 * @param rate the annotation clock (for WFDB the record's sampling frequency)
 * @param annotations the annotations in time order; unmodifiable
 * @since 0.1.0
 */
public record AnnotationSet(String source, SamplingRate rate, List<Annotation> annotations) {
    public AnnotationSet {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rate, "rate");
        annotations = List.copyOf(annotations);
    }

    /** The number of annotations. */
    public int size() {
        return annotations.size();
    }

    /** The beat annotations only ({@link Annotation#isBeat()}). */
    public List<Annotation> beats() {
        return annotations.stream().filter(Annotation::isBeat).toList();
    }

    /** The sample indices of the beat annotations, in time order, at {@link #rate()}. */
    public long[] beatSamples() {
        return annotations.stream().filter(Annotation::isBeat).mapToLong(Annotation::sample).toArray();
    }

    /** The number of annotations with this code. */
    public int count(AnnotationCode code) {
        int n = 0;
        for (Annotation a : annotations) {
            if (a.code() == code.code()) {
                n++;
            }
        }
        return n;
    }
}
