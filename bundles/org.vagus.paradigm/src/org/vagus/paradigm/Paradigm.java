package org.vagus.paradigm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A paradigm: a session flow and the tasks it runs. Immutable; read and written by
 * {@link org.vagus.paradigm.io.ParadigmJson}, checked by {@link org.vagus.paradigm.validation.ParadigmValidator},
 * run by org.vagus.runner.
 *
 * @param id the paradigm's id (lower case letters, digits and '-')
 * @param name a readable name
 * @param description what it is for; may be empty
 * @param bidsTask the BIDS task label of the session's files ({@code task-<label>}): letters and digits
 * @param imageFolder where stimulus images are looked up, relative to the paradigm file's folder (or absolute);
 *            null for the paradigm file's folder
 * @param flow the session flow, in order. Copied
 * @param tasks the tasks the flow runs. Copied
 * @since 0.1.0
 */
public record Paradigm(String id, String name, String description, String bidsTask, String imageFolder,
        List<FlowStep> flow, List<Task> tasks) {

    public Paradigm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(bidsTask, "bidsTask");
        flow = List.copyOf(flow);
        tasks = List.copyOf(tasks);
    }

    /** The task with this id. */
    public Optional<Task> task(String taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    /** The index of the task with this id in {@link #tasks()}, or -1. */
    public int taskIndex(String taskId) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id().equals(taskId)) {
                return i;
            }
        }
        return -1;
    }

    /** A copy with another image folder. */
    public Paradigm withImageFolder(String folder) {
        return new Paradigm(id, name, description, bidsTask, folder, flow, tasks);
    }
}
