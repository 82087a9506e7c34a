package org.vagus.paradigm.ui.handlers;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.vagus.paradigm.ParadigmTemplate;
import org.vagus.paradigm.ui.ParadigmUi;
import org.vagus.paradigm.ui.editor.ParadigmEditor;
import org.vagus.paradigm.ui.editor.ParadigmEditorInput;

/**
 * The New wizard "Paradigm from Template", the Design perspective's new-wizard shortcut: choose a template, and a new
 * unsaved paradigm made from it opens in the paradigm editor (as the command New Paradigm from Template does).
 *
 * @since 0.1.0
 */
public final class NewParadigmWizard extends Wizard implements INewWizard {
    private IWorkbench workbench;
    private List<ParadigmTemplate> templates = List.of();
    private TableViewer list;

    public NewParadigmWizard() {
        setWindowTitle("New Paradigm");
    }

    @Override
    public void init(IWorkbench wb, IStructuredSelection selection) {
        this.workbench = wb;
        this.templates = ParadigmUi.taskRegistry(wb).templates();
    }

    @Override
    public void addPages() {
        addPage(new WizardPage("template", "Paradigm from Template", null) {
            @Override
            public void createControl(Composite parent) {
                Composite c = new Composite(parent, SWT.NONE);
                c.setLayout(new FillLayout());
                list = new TableViewer(c, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
                list.setContentProvider(ArrayContentProvider.getInstance());
                list.setLabelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        ParadigmTemplate t = (ParadigmTemplate) element;
                        return t.id() + " - " + t.name();
                    }
                });
                list.setInput(templates);
                if (!templates.isEmpty()) {
                    list.setSelection(new StructuredSelection(templates.get(0)));
                }
                list.addSelectionChangedListener(e -> setPageComplete(!e.getSelection().isEmpty()));
                setDescription("The new paradigm opens in the editor; Save asks where to keep it.");
                setPageComplete(!templates.isEmpty());
                setControl(c);
            }
        });
    }

    @Override
    public boolean performFinish() {
        Object chosen = list.getStructuredSelection().getFirstElement();
        if (!(chosen instanceof ParadigmTemplate t)) {
            return false;
        }
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            page.openEditor(ParadigmEditorInput.fromTemplate(t.id(), t.create()), ParadigmEditor.ID);
            return true;
        } catch (PartInitException e) {
            ((WizardPage) getPage("template")).setErrorMessage(e.getMessage());
            return false;
        }
    }
}
