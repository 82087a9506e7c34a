package org.vagus.app.preferences;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.osgi.service.prefs.BackingStoreException;

/** The workbench preferences of Vagus (instance scope, node {@code org.vagus.app}). */
public final class VagusPreferences {
    public static final String NODE = "org.vagus.app";
    /** Folder proposed when opening or creating a study. */
    public static final String STUDIES_FOLDER = "studiesFolder";
    /** Reopen the last study at start-up. */
    public static final String REOPEN_LAST_STUDY = "reopenLastStudy";
    /** The last study opened (written by the workbench, not shown on the page). */
    public static final String LAST_STUDY = "lastStudy";

    private VagusPreferences() {
    }

    public static IPreferenceStore store() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
    }

    public static Path studiesFolder() {
        String s = store().getString(STUDIES_FOLDER);
        return s.isBlank() ? null : Path.of(s);
    }

    public static Path lastStudy() {
        String s = InstanceScope.INSTANCE.getNode(NODE).get(LAST_STUDY, "");
        return s.isBlank() ? null : Path.of(s);
    }

    public static boolean reopenLastStudy() {
        return store().getBoolean(REOPEN_LAST_STUDY);
    }

    public static void rememberLastStudy(Path folder) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.put(LAST_STUDY, folder.toAbsolutePath().toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // no instance location (-data @none): the preference lives for this run only
        }
    }
}
