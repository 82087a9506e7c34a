package org.vagus.app.perspectives;

/** Researchers run sessions: live signals, markers, timing audit. */
public final class RunPerspective extends VagusPerspective {
    public static final String ID = "org.vagus.app.perspectives.run";
}
