package org.vagus.app.explorer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.vagus.app.OpenStudy;
import org.vagus.core.model.Participant;

/** Participants of the open study at the top level, their sessions beneath. */
final class StudyContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof OpenStudy s ? s.study().participants().toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof Participant p ? p.sessions().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof Participant p && !p.sessions().isEmpty();
    }
}
