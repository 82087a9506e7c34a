package org.vagus.app.explorer;

import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.LabelProvider;
import org.vagus.core.model.Participant;
import org.vagus.core.model.Session;

/** "sub-01  age 34, sex F, group High" for participants; "ses-01" for sessions. */
final class StudyLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof Participant p) {
            Map<String, String> attributes = p.attributes();
            String details = attributes.entrySet().stream()
                    .filter(e -> !e.getValue().isBlank() && !e.getValue().equals("n/a"))
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            return details.isEmpty() ? p.bidsName() : p.bidsName() + "  " + details;
        }
        if (element instanceof Session s) {
            return s.bidsName();
        }
        return String.valueOf(element);
    }
}
