package org.vagus.paradigm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.vagus.paradigm.phases.CountdownPhase;
import org.vagus.paradigm.phases.FeedbackPhase;
import org.vagus.paradigm.phases.FixationPhase;
import org.vagus.paradigm.phases.MessagePhase;
import org.vagus.paradigm.phases.ResponsePhase;
import org.vagus.paradigm.phases.StimulusPhase;
import org.vagus.paradigm.templates.StressTaskTemplate;

/**
 * The phase types, presentation parts and templates known to Vagus: the built-in ones plus those contributed
 * through the extension point {@code org.vagus.paradigm.tasks}, which
 * {@link org.vagus.paradigm.registry.TaskExtensionReader} reads at the edges (command line, workbench) and passes
 * in. Plain Java and immutable: {@link #plus} returns a new registry.
 *
 * @since 0.1.0
 */
public final class TaskRegistry {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private final Map<String, PhaseType<?>> phaseTypes;
    private final Map<String, ParadigmTemplate> templates;
    private final Map<String, Supplier<PhasePresentation>> presentations;

    private TaskRegistry(Map<String, PhaseType<?>> phaseTypes, Map<String, ParadigmTemplate> templates,
            Map<String, Supplier<PhasePresentation>> presentations) {
        this.phaseTypes = phaseTypes;
        this.templates = templates;
        this.presentations = presentations;
    }

    /** A registry without anything. */
    public static TaskRegistry empty() {
        return new TaskRegistry(Map.of(), Map.of(), Map.of());
    }

    /** The built-in phase types (fixation, stimulus, countdown, response, feedback, message) and templates (stress-task). */
    public static TaskRegistry builtIn() {
        return empty().plus(FixationPhase.TYPE).plus(StimulusPhase.TYPE).plus(CountdownPhase.TYPE)
                .plus(ResponsePhase.TYPE).plus(FeedbackPhase.TYPE).plus(MessagePhase.TYPE)
                .plus(new StressTaskTemplate());
    }

    /**
     * Adds a phase type.
     *
     * @throws IllegalArgumentException if its id is malformed or taken, or its phase class is taken
     */
    public TaskRegistry plus(PhaseType<?> type) {
        String id = checkId("phase type", type.id());
        if (phaseTypes.containsKey(id)) {
            throw new IllegalArgumentException("phase type '" + id + "' is already registered");
        }
        Class<?> c = Objects.requireNonNull(type.phaseClass(), "phase class of " + id);
        for (PhaseType<?> t : phaseTypes.values()) {
            if (t.phaseClass().equals(c)) {
                throw new IllegalArgumentException("phase class " + c.getName() + " is already the class of phase type '"
                        + t.id() + "'");
            }
        }
        Map<String, PhaseType<?>> next = new LinkedHashMap<>(phaseTypes);
        next.put(id, type);
        return ordered(next, null, null);
    }

    /**
     * Adds a template.
     *
     * @throws IllegalArgumentException if its id is malformed or taken
     */
    public TaskRegistry plus(ParadigmTemplate template) {
        String id = checkId("template", template.id());
        if (templates.containsKey(id)) {
            throw new IllegalArgumentException("template '" + id + "' is already registered");
        }
        Map<String, ParadigmTemplate> next = new LinkedHashMap<>(templates);
        next.put(id, template);
        return ordered(null, next, null);
    }

    /**
     * Adds the presentation part of a phase type, created on first use.
     *
     * @throws IllegalArgumentException if the phase type is unknown or already has one
     */
    public TaskRegistry withPresentation(String phaseTypeId, Supplier<PhasePresentation> factory) {
        if (!phaseTypes.containsKey(phaseTypeId)) {
            throw new IllegalArgumentException("no phase type '" + phaseTypeId + "' for a presentation");
        }
        if (presentations.containsKey(phaseTypeId)) {
            throw new IllegalArgumentException("phase type '" + phaseTypeId + "' already has a presentation");
        }
        Map<String, Supplier<PhasePresentation>> next = new LinkedHashMap<>(presentations);
        next.put(phaseTypeId, memoize(factory));
        return ordered(null, null, next);
    }

    private TaskRegistry ordered(Map<String, PhaseType<?>> p, Map<String, ParadigmTemplate> t,
            Map<String, Supplier<PhasePresentation>> s) {
        return new TaskRegistry(p == null ? phaseTypes : unmodifiable(p), t == null ? templates : unmodifiable(t),
                s == null ? presentations : unmodifiable(s));
    }

    private static <V> Map<String, V> unmodifiable(Map<String, V> m) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** The phase types in registration order (built-ins first). */
    public List<PhaseType<?>> phaseTypes() {
        return List.copyOf(phaseTypes.values());
    }

    /** The phase type with this id. */
    public Optional<PhaseType<?>> phaseType(String id) {
        return Optional.ofNullable(phaseTypes.get(id));
    }

    /**
     * The type of a phase.
     *
     * @throws IllegalArgumentException if no registered type has the phase's id and class
     */
    public PhaseType<?> typeOf(Phase phase) {
        PhaseType<?> t = phaseTypes.get(phase.type());
        if (t == null || !t.phaseClass().isInstance(phase)) {
            throw new IllegalArgumentException("no phase type '" + phase.type() + "' for " + phase.getClass().getName()
                    + "; known types: " + String.join(", ", phaseTypes.keySet()));
        }
        return t;
    }

    /** The templates in registration order. */
    public List<ParadigmTemplate> templates() {
        return List.copyOf(templates.values());
    }

    /** The template with this id. */
    public Optional<ParadigmTemplate> template(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    /**
     * The presentation part of a phase type, created on first call.
     *
     * @return empty if the type has none
     * @throws RuntimeException if creating it failed (the contributing bundle's class is broken)
     */
    public Optional<PhasePresentation> presentation(String phaseTypeId) {
        Supplier<PhasePresentation> s = presentations.get(phaseTypeId);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    /** True if the phase type has a presentation part. */
    public boolean hasPresentation(String phaseTypeId) {
        return presentations.containsKey(phaseTypeId);
    }

    private static String checkId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " id '" + id + "': expected lower case letters, digits, '-' and"
                    + " '.', starting with a letter or digit");
        }
        return id;
    }

    private static Supplier<PhasePresentation> memoize(Supplier<PhasePresentation> factory) {
        Objects.requireNonNull(factory, "factory");
        List<PhasePresentation> cell = new ArrayList<>(1);
        return () -> {
            synchronized (cell) {
                if (cell.isEmpty()) {
                    cell.add(Objects.requireNonNull(factory.get(), "presentation"));
                }
                return cell.get(0);
            }
        };
    }

    @Override
    public String toString() {
        return "TaskRegistry[phase types " + phaseTypes.keySet() + ", templates " + templates.keySet() + "]";
    }
}
