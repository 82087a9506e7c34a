package org.vagus.runner.ui;

/**
 * The stages of one screen's onset in the {@link SwtPresenter}, all on the session's clock (nanoseconds), to see
 * where an onset error comes from.
 *
 * @param screen the 1-based number of the screen in this presenter
 * @param kind the screen's kind
 * @param scheduled the scheduled onset
 * @param uiStart when the UI thread started the change (the runner's thread woke at the scheduled onset and handed
 *            the change over: this includes the UI thread's wake-up)
 * @param paintStart when the paint of the new screen began (after the window system's frame clock asked for it)
 * @param paintEnd when the drawing calls returned
 * @param onset the actual onset: the frame was finished, the display flushed and the window system's reply came
 *            back (see {@link SwtPresenter})
 * @param painted false if no paint came within the paint timeout and the onset is the time the wait gave up
 * @since 0.1.0
 */
public record OnsetTrace(int screen, String kind, long scheduled, long uiStart, long paintStart, long paintEnd,
        long onset, boolean painted) {

    /** From the scheduled onset to the start of the change on the UI thread, in ms. */
    public double handoverMillis() {
        return (uiStart - scheduled) / 1e6;
    }

    /** From the change to the end of the drawing, in ms. */
    public double paintMillis() {
        return (paintEnd - uiStart) / 1e6;
    }

    /** From the end of the drawing to the actual onset (frame end, flush, round trip), in ms. */
    public double flushMillis() {
        return (onset - paintEnd) / 1e6;
    }

    /** The onset error, actual minus scheduled, in ms. */
    public double errorMillis() {
        return (onset - scheduled) / 1e6;
    }
}
