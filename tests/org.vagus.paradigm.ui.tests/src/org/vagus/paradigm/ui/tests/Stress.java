package org.vagus.paradigm.ui.tests;

import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.templates.StressTaskTemplate;
import org.vagus.paradigm.ui.model.ParadigmPaths;

/** The stress template and the paths of its elements the tests edit. */
final class Stress {
    /** Trial 1's fixation. */
    static final String FIXATION_1 = ParadigmPaths.phase(0, 0, 0);
    /** Trial 1's item. */
    static final String ITEM_1 = ParadigmPaths.phase(0, 0, 1);
    /** The task's feedback rule. */
    static final String FEEDBACK = ParadigmPaths.feedback(0);
    /** The template's fixed total: 300 s rest + 13 x 27 s trials + 5 s closing. */
    static final long TOTAL_MS = 656_000;

    private Stress() {
    }

    static Paradigm paradigm() {
        return new StressTaskTemplate().create();
    }

    static TaskRegistry types() {
        return TaskRegistry.builtIn();
    }
}
