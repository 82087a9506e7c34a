package org.vagus.app;

import java.nio.file.Path;
import java.util.Objects;

import org.vagus.core.model.Study;

/**
 * The study open in the workbench: its folder and the model read from it. Parts receive it by injection
 * from the workbench context ({@code @Inject @Optional OpenStudy}); it is replaced, never mutated, when the
 * study is opened again or refreshed.
 *
 * @param folder the study folder
 * @param study the model read from it
 * @param readOnly true for a plain BIDS dataset that Vagus reads but does not write
 * @since 0.1.0
 */
public record OpenStudy(Path folder, Study study, boolean readOnly) {
    public OpenStudy {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(study, "study");
    }
}
