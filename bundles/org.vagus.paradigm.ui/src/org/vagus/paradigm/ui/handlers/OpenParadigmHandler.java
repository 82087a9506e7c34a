package org.vagus.paradigm.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vagus.paradigm.io.ParadigmJson;
import org.vagus.paradigm.ui.editor.ParadigmEditor;
import org.vagus.paradigm.ui.editor.ParadigmEditorInput;

/**
 * File > Open Paradigm...: asks for a paradigm file and opens it in the paradigm editor. The command's parameter
 * {@value #FILE} opens that file without asking.
 *
 * @since 0.1.0
 */
public final class OpenParadigmHandler extends AbstractHandler {
    /** The command's id. */
    public static final String COMMAND = "org.vagus.paradigm.ui.commands.openParadigm";
    /** The optional parameter: the file to open. */
    public static final String FILE = "org.vagus.paradigm.ui.commands.openParadigm.file";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        String chosen = event.getParameter(FILE);
        if (chosen == null) {
            FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
            dialog.setText("Open Paradigm");
            dialog.setFilterExtensions(new String[] {"*" + ParadigmJson.EXTENSION, "*.json", "*"});
            dialog.setFilterNames(new String[] {"Paradigm files", "JSON files", "All files"});
            chosen = dialog.open();
        }
        if (chosen == null) {
            return null;
        }
        try {
            return window.getActivePage().openEditor(ParadigmEditorInput.of(Path.of(chosen)), ParadigmEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the paradigm " + chosen + ": " + e.getMessage(), e);
        }
    }
}
