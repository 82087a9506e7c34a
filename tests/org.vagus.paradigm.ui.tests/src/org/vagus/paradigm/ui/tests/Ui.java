package org.vagus.paradigm.ui.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.vagus.paradigm.ui.editor.ParadigmForm;

/** The event loop and the widget tree for UI tests that run on the UI thread; they wait on conditions, never sleep. */
final class Ui {
    private Ui() {
    }

    /** The display of the UI thread, created on this thread if there is none yet. */
    static Display display() {
        Display d = Display.getCurrent();
        return d != null ? d : Display.getDefault();
    }

    /** Dispatches what is queued now. */
    static void settle() {
        Display d = display();
        while (d.readAndDispatch()) {
            // dispatch everything queued
        }
    }

    /**
     * Dispatches events until a condition holds.
     *
     * @throws AssertionError if it does not within the timeout
     */
    static void until(BooleanSupplier condition, Duration timeout) {
        Display d = display();
        long end = System.nanoTime() + timeout.toNanos();
        Runnable[] beat = new Runnable[1];
        beat[0] = () -> d.timerExec(20, beat[0]);
        d.timerExec(20, beat[0]);
        try {
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() - end > 0) {
                    throw new AssertionError("condition not met within " + timeout);
                }
                if (!d.readAndDispatch()) {
                    d.sleep();
                }
            }
        } finally {
            d.timerExec(-1, beat[0]);
        }
    }

    /** The control named {@code name} (data key {@link ParadigmForm#KEY}) below {@code root}. */
    static <T extends Control> T find(Control root, String name, Class<T> type) {
        T found = search(root, name, type);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName() + " named " + name);
        }
        return found;
    }

    private static <T extends Control> T search(Control c, String name, Class<T> type) {
        if (c.isDisposed()) {
            return null;
        }
        if (name.equals(c.getData(ParadigmForm.KEY)) && type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                T t = search(child, name, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Types a value into a field of the details area and commits it with Enter, as a user does. */
    static void enter(Control root, String field, String value) {
        Text t = find(root, "field." + field, Text.class);
        t.setFocus();
        t.setText(value);
        t.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
    }
}
