package org.vagus.app.perspectives;

/** Researchers analyse the whole study: peaks, HR, HRV, statistics, report. */
public final class AnalyzePerspective extends VagusPerspective {
    public static final String ID = "org.vagus.app.perspectives.analyze";
}
