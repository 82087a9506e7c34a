package org.vagus.paradigm;

/**
 * The presentation part of a contributed phase type: what a presenter uses to draw phases of that type. The
 * toolkit-specific contract extends this one (the full-screen SWT presenter of org.vagus.runner.ui defines its
 * own); a presenter that finds no presentation it understands shows {@link Phase#displayText()} instead, and the
 * headless presenter draws nothing. Presentation parts are created only when a presenter asks for them, so a
 * headless run never loads toolkit classes.
 *
 * @since 0.1.0
 */
public interface PhasePresentation {

    /** The {@link PhaseType#id()} this presentation draws. */
    String phaseType();
}
