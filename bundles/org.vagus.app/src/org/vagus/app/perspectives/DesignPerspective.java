package org.vagus.app.perspectives;

/** Lab managers design paradigms and session flows. */
public final class DesignPerspective extends VagusPerspective {
    public static final String ID = "org.vagus.app.perspectives.design";
}
