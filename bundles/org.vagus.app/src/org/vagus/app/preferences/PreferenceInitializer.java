package org.vagus.app.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Defaults: studies under ~/VagusStudies, reopen the last study at start-up. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(VagusPreferences.NODE);
        defaults.put(VagusPreferences.STUDIES_FOLDER, System.getProperty("user.home") + "/VagusStudies");
        defaults.putBoolean(VagusPreferences.REOPEN_LAST_STUDY, true);
    }
}
