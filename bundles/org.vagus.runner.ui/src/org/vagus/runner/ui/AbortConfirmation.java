package org.vagus.runner.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The question Escape asks on the presentation: abort the session or continue. A small modal shell of its own (not a
 * native dialog, so the event loop, and with it the presentation, goes on while it is open); Continue is the default
 * button, so a participant pressing Enter or Escape keeps the session going; the researcher aborts with the Abort
 * button or the A key. Keys typed while it is open are not responses. UI thread only.
 */
final class AbortConfirmation {
    /** The question, for tests that look for the shell. */
    static final String QUESTION = "Abort the session?";

    private final Shell shell;

    private AbortConfirmation(Shell shell) {
        this.shell = shell;
    }

    /**
     * Opens the question over a presentation shell.
     *
     * @param parent the presentation shell
     * @param onAbort run when the researcher confirms
     * @param onClose run when the question closes either way
     */
    static AbortConfirmation open(Shell parent, Runnable onAbort, Runnable onClose) {
        Shell s = new Shell(parent, SWT.APPLICATION_MODAL | SWT.BORDER | SWT.TITLE);
        s.setText("Vagus: " + QUESTION);
        s.setLayout(new GridLayout(2, true));
        Label l = new Label(s, SWT.WRAP);
        l.setText(QUESTION + "\nWhat was collected so far is saved; the session can be resumed later from the first"
                + " unfinished trial.");
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        gd.widthHint = 420;
        l.setLayoutData(gd);
        Button abort = new Button(s, SWT.PUSH);
        abort.setText("&Abort session");
        abort.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button cont = new Button(s, SWT.PUSH);
        cont.setText("&Continue");
        cont.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        s.setDefaultButton(cont);
        boolean[] aborted = { false };
        abort.addListener(SWT.Selection, e -> {
            aborted[0] = true;
            s.close();
        });
        cont.addListener(SWT.Selection, e -> s.close());
        s.addListener(SWT.KeyDown, e -> {
            if (e.character == 'a' || e.character == 'A') {
                aborted[0] = true;
                s.close();
            }
        });
        // keys reach the focused button, not the shell: forward the A key from every child
        for (var child : s.getChildren()) {
            child.addListener(SWT.KeyDown, e -> {
                if (e.character == 'a' || e.character == 'A') {
                    aborted[0] = true;
                    s.close();
                }
            });
        }
        s.addListener(SWT.Dispose, e -> {
            onClose.run();
            if (aborted[0]) {
                onAbort.run();
            }
        });
        s.pack();
        Rectangle p = parent.getBounds();
        Point size = s.getSize();
        s.setLocation(p.x + (p.width - size.x) / 2, p.y + (p.height - size.y) / 2);
        s.open();
        s.forceActive();
        cont.setFocus();
        return new AbortConfirmation(s);
    }

    /** Closes the question without aborting. */
    void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }

    boolean isOpen() {
        return !shell.isDisposed();
    }
}
