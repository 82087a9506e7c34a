package org.vagus.app.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Vagus. */
public final class GeneralPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public GeneralPreferencePage() {
        super(GRID);
        setDescription("Where studies live and how the workbench starts.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(VagusPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(VagusPreferences.STUDIES_FOLDER, "&Studies folder:", getFieldEditorParent()));
        addField(new BooleanFieldEditor(VagusPreferences.REOPEN_LAST_STUDY, "&Reopen the last study at start-up",
                getFieldEditorParent()));
    }
}
