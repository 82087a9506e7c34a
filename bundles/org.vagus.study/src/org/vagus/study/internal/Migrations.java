package org.vagus.study.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Upgrades of a study folder from one format version to the next. A step for version {@code n} turns a
 * version-{@code n} folder into version {@code n + 1}; {@link #migrate} chains them and then rewrites
 * .vagus/study.json. No step exists yet: format version 1 is the first.
 */
public final class Migrations {

    /** One upgrade step, run with the study's write lock held. */
    @FunctionalInterface
    public interface Step {
        void apply(Path studyDir) throws IOException;
    }

    private static final Map<Integer, Step> STEPS = Map.of();

    private Migrations() {
    }

    /** True if every step from {@code from} up to {@code to} exists. */
    public static boolean canMigrate(int from, int to) {
        for (int v = from; v < to; v++) {
            if (!STEPS.containsKey(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Upgrades a study folder from version {@code from} to {@code to}.
     *
     * @throws IOException if a step is missing or fails; steps already applied stay applied and study.json
     *             then names the last completed version
     */
    public static void migrate(Path studyDir, int from, int to) throws IOException {
        for (int v = from; v < to; v++) {
            Step step = STEPS.get(v);
            if (step == null) {
                throw new IOException("study " + studyDir + ": no migration from format version " + v + " to " + (v + 1)
                        + " exists in this Vagus");
            }
            step.apply(studyDir);
            StudyJson.writeStudyJson(studyDir, v + 1);
        }
    }
}
