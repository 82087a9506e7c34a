package org.vagus.instruments.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vagus.app.OpenStudy;
import org.vagus.core.model.Participant;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.registry.BundleResources;
import org.vagus.instruments.registry.InstrumentExtensionReader;
import org.vagus.instruments.ui.ClinicianRatingDialog;

/**
 * Run > Clinician Rating...: opens {@link ClinicianRatingDialog} on the open study for the participant selected in
 * the study explorer (or the first one), with the clinician scales of the instrument registry (built in and
 * contributed).
 */
public final class ClinicianRatingHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        OpenStudy study = PlatformUI.getWorkbench().getService(IEclipseContext.class).get(OpenStudy.class);
        if (study == null || study.readOnly()) {
            MessageDialog.openInformation(shell, "Clinician Rating", study == null
                    ? "Open a study first (File > Open Study...): the ratings are stored in its phenotype tables."
                    : "The open study is a read-only BIDS dataset; ratings cannot be stored in it.");
            return null;
        }
        List<Instrument> scales = ClinicianRatingDialog.clinicianScales(registry().instruments());
        if (scales.isEmpty()) {
            MessageDialog.openInformation(shell, "Clinician Rating", "No clinician rating scale is installed.");
            return null;
        }
        List<String> participants = study.study().participants().stream().map(Participant::label).toList();
        new ClinicianRatingDialog(shell, scales, study.folder(), participants, selectedParticipant(event)).open();
        return null;
    }

    /**
     * The participant selected in the active part, if the selection is one: the study explorer publishes the
     * Participant itself through the e4 selection service (org.eclipse.ui.selection); 3.x parts publish an
     * IStructuredSelection.
     */
    private static String selectedParticipant(ExecutionEvent event) {
        Object s = HandlerUtil.getVariable(event, "org.eclipse.ui.selection");
        if (!(s instanceof Participant) && !(s instanceof IStructuredSelection)) {
            s = HandlerUtil.getCurrentSelection(event);
        }
        Object first = s instanceof IStructuredSelection ss ? ss.getFirstElement() : s;
        return first instanceof Participant p ? p.label() : null;
    }

    private static InstrumentRegistry registry() {
        var extensions = RegistryFactory.getRegistry();
        if (extensions == null) {
            return InstrumentRegistry.builtIn();
        }
        return new InstrumentExtensionReader(extensions, BundleResources::open, w -> System.getLogger(
                ClinicianRatingHandler.class.getName()).log(System.Logger.Level.WARNING, w)).read();
    }
}
