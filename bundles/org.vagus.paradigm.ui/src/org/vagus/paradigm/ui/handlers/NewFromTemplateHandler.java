package org.vagus.paradigm.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vagus.paradigm.ParadigmTemplate;
import org.vagus.paradigm.TaskRegistry;
import org.vagus.paradigm.ui.ParadigmUi;
import org.vagus.paradigm.ui.editor.ParadigmEditor;
import org.vagus.paradigm.ui.editor.ParadigmEditorInput;

/**
 * New Paradigm from Template: opens a new, unsaved paradigm made from a template (the built-in stress-task or a
 * contributed one) in the paradigm editor. With the parameter {@value #TEMPLATE} it takes that template; otherwise it
 * takes the only one, or asks which.
 *
 * @since 0.1.0
 */
public final class NewFromTemplateHandler extends AbstractHandler {
    /** The command's id. */
    public static final String COMMAND = "org.vagus.paradigm.ui.commands.newFromTemplate";
    /** The optional parameter: the template's id. */
    public static final String TEMPLATE = "org.vagus.paradigm.ui.commands.newFromTemplate.template";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        TaskRegistry types = ParadigmUi.taskRegistry(window);
        String id = event.getParameter(TEMPLATE);
        ParadigmTemplate template;
        if (id != null) {
            template = types.template(id).orElseThrow(() -> new ExecutionException("no paradigm template '" + id
                    + "'; known: " + String.join(", ", types.templates().stream().map(ParadigmTemplate::id).toList())));
        } else {
            template = choose(window, types.templates());
        }
        if (template == null) {
            return null;
        }
        try {
            return window.getActivePage().openEditor(
                    ParadigmEditorInput.fromTemplate(template.id(), template.create()), ParadigmEditor.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the template " + template.id() + ": " + e.getMessage(), e);
        }
    }

    private static ParadigmTemplate choose(IWorkbenchWindow window, List<ParadigmTemplate> templates) {
        if (templates.size() <= 1) {
            return templates.isEmpty() ? null : templates.get(0);
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                ParadigmTemplate t = (ParadigmTemplate) element;
                return t.id() + " - " + t.name();
            }
        });
        dialog.setTitle("New Paradigm from Template");
        dialog.setMessage("Choose a template:");
        dialog.setElements(templates.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == ElementListSelectionDialog.OK ? (ParadigmTemplate) dialog.getFirstResult() : null;
    }
}
