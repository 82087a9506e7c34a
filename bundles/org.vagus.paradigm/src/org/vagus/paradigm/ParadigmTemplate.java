package org.vagus.paradigm;

/**
 * A ready-made paradigm (a task with its session flow) that a lab starts from: Vagus has the seed study's
 * {@code stress-task}; a bundle adds more through the extension point {@code org.vagus.paradigm.tasks}
 * ({@code <template class="..."/>}), often together with the phase types its task needs.
 *
 * @since 0.1.0
 */
public interface ParadigmTemplate {

    /** The template's id, what {@code vagus run --paradigm ID} accepts: lower case letters, digits, '-', '.'. */
    String id();

    /** A readable name. */
    String name();

    /** A new paradigm; every call returns an equal one. */
    Paradigm create();
}
