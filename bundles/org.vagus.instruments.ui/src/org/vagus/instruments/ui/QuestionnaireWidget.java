package org.vagus.instruments.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.vagus.instruments.Instrument;
import org.vagus.instruments.ResponseScale;

/**
 * A questionnaire on screen, one item at a time: the instrument and the item's place ({@code STAI-Y1 · 3 of 20}), the
 * item (its number and text if the lab loaded licensed texts, else {@code Item 3}), the answers of its scale as boxes
 * in a row with the scale's anchors beneath, a message line, and Back and Next (Finish on the last item).
 * <p>
 * Answered with the mouse (a click on a box) or the number keys (see {@link AnswerSheet} for numbers of two
 * digits); Enter or Next moves on, and is refused with a message while the item has no answer; Backspace or Back
 * goes back. Drawn on one canvas that keeps the keyboard focus, so that no native button takes a key meant for the
 * form, and sized to whatever holds it: the runner's full-screen presentation (white on black) or a dialog.
 * {@link #onFinished} receives the answers when Finish is pressed with every item answered. UI thread only.
 *
 * @since 0.1.0
 */
public final class QuestionnaireWidget extends Canvas {
    /** Colours and type size: {@link #PRESENTATION} for the participant's screen. */
    public record Style(RGB background, RGB foreground, RGB accent, int fontHeight) {
        /** White on black, 24 pt: the runner's presentation. */
        public static final Style PRESENTATION = new Style(new RGB(0, 0, 0), new RGB(255, 255, 255),
                new RGB(255, 200, 60), 24);
        /** Black on white, 12 pt: a dialog. */
        public static final Style DIALOG = new Style(new RGB(255, 255, 255), new RGB(0, 0, 0), new RGB(180, 0, 0), 12);
    }

    private final AnswerSheet sheet;
    private final Color background;
    private final Color foreground;
    private final Color accent;
    private final Font small;
    private final Font large;
    private final Font huge;
    private final List<Rectangle> boxes = new ArrayList<>();
    private Rectangle backBox;
    private Rectangle nextBox;
    private Consumer<List<Integer>> finished = answers -> { };
    private boolean done;

    /**
     * @param parent the parent
     * @param instrument the instrument (with its loaded texts, if any)
     * @param style colours and type size
     */
    public QuestionnaireWidget(Composite parent, Instrument instrument, Style style) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.sheet = new AnswerSheet(instrument);
        this.background = new Color(style.background());
        this.foreground = new Color(style.foreground());
        this.accent = new Color(style.accent());
        FontData base = getDisplay().getSystemFont().getFontData()[0];
        small = new Font(getDisplay(), base.getName(), Math.max(8, style.fontHeight() * 2 / 3), SWT.NORMAL);
        large = new Font(getDisplay(), base.getName(), style.fontHeight(), SWT.NORMAL);
        huge = new Font(getDisplay(), base.getName(), style.fontHeight() * 4 / 3, SWT.BOLD);
        setBackground(background);
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> redraw());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.KeyDown, this::keyDown);
        addListener(SWT.Traverse, e -> {
            // Enter and Escape stay with the form (Escape is the presentation's abort)
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
            }
        });
        addListener(SWT.Dispose, e -> {
            for (org.eclipse.swt.graphics.Resource r : new org.eclipse.swt.graphics.Resource[] { background,
                    foreground, accent, small, large, huge }) {
                r.dispose();
            }
        });
    }

    /** Sets what receives the answers when the participant finishes. */
    public void onFinished(Consumer<List<Integer>> consumer) {
        this.finished = Objects.requireNonNull(consumer, "consumer");
    }

    /** The state (item on screen, answers so far, message). */
    public AnswerSheet sheet() {
        return sheet;
    }

    /** True once finished. */
    public boolean isFinished() {
        return done;
    }

    /** Where the answer {@code value} is drawn (for tests and tools); empty before the first paint. */
    public Rectangle answerBounds(int value) {
        layoutBoxes(getClientArea());
        ResponseScale s = sheet.item().scale();
        return boxes.get(value - s.min());
    }

    /** Where Next (Finish) is drawn. */
    public Rectangle nextBounds() {
        layoutBoxes(getClientArea());
        return nextBox;
    }

    /** Where Back is drawn (null on the first item). */
    public Rectangle backBounds() {
        layoutBoxes(getClientArea());
        return backBox;
    }

    private void mouseDown(Event e) {
        if (done || e.button != 1) {
            return;
        }
        layoutBoxes(getClientArea());
        for (int k = 0; k < boxes.size(); k++) {
            if (boxes.get(k).contains(e.x, e.y)) {
                sheet.choose(sheet.item().scale().min() + k);
                redraw();
                return;
            }
        }
        if (nextBox != null && nextBox.contains(e.x, e.y)) {
            next();
        } else if (backBox != null && backBox.contains(e.x, e.y)) {
            sheet.back();
            redraw();
        }
    }

    private void keyDown(Event e) {
        if (done) {
            return;
        }
        if (e.character >= '0' && e.character <= '9') {
            sheet.type(e.character);
        } else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            next();
            return;
        } else if (e.keyCode == SWT.BS) {
            sheet.back();
        } else if (e.keyCode >= SWT.KEYPAD_0 && e.keyCode <= SWT.KEYPAD_9) {
            sheet.type((char) ('0' + e.keyCode - SWT.KEYPAD_0));
        } else {
            return;
        }
        redraw();
    }

    private void next() {
        boolean last = sheet.onLastItem();
        boolean moved = sheet.next();
        if (last && sheet.message() == null && sheet.complete()) {
            done = true;
            redraw();
            finished.accept(sheet.answers());
            return;
        }
        if (moved || sheet.message() != null) {
            redraw();
        }
    }

    /** Places the answer boxes, Back and Next for a client area. */
    private void layoutBoxes(Rectangle area) {
        ResponseScale s = sheet.item().scale();
        int n = s.max() - s.min() + 1;
        int margin = Math.max(10, area.width / 20);
        int gap = Math.max(6, area.width / 100);
        int width = Math.min(Math.max(40, area.height / 6), (area.width - 2 * margin - (n - 1) * gap) / n);
        int height = Math.max(30, Math.min(width, area.height / 8));
        int total = n * width + (n - 1) * gap;
        int x0 = area.x + (area.width - total) / 2;
        int y = area.y + area.height * 9 / 20;
        boxes.clear();
        for (int k = 0; k < n; k++) {
            boxes.add(new Rectangle(x0 + k * (width + gap), y, width, height));
        }
        int navHeight = Math.max(28, area.height / 14);
        int navWidth = Math.max(90, area.width / 7);
        int navY = area.y + area.height - navHeight - margin / 2;
        backBox = sheet.index() > 0 ? new Rectangle(area.x + margin, navY, navWidth, navHeight) : null;
        nextBox = new Rectangle(area.x + area.width - margin - navWidth, navY, navWidth, navHeight);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(background);
        gc.fillRectangle(area);
        if (done) {
            return;
        }
        layoutBoxes(area);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setForeground(foreground);
        int margin = Math.max(10, area.width / 20);
        Instrument instrument = sheet.instrument();
        gc.setFont(small);
        gc.drawText(instrument.abbreviation() + "  \u00b7  " + (sheet.index() + 1) + " of " + sheet.size(),
                area.x + margin, area.y + margin / 2, true);
        int textWidth = area.width - 2 * margin;
        int y = area.y + area.height / 8;
        y += drawWrapped(gc, sheet.prompt(), large, area.x + margin, y, textWidth, SWT.LEFT) + margin / 2;
        ResponseScale s = sheet.item().scale();
        SortedMap<Integer, String> anchors = instrument.anchors(sheet.item().scaleId());
        Integer chosen = sheet.answer();
        for (int k = 0; k < boxes.size(); k++) {
            int value = s.min() + k;
            Rectangle b = boxes.get(k);
            boolean on = chosen != null && chosen == value;
            gc.setBackground(on ? foreground : background);
            gc.fillRoundRectangle(b.x, b.y, b.width, b.height, b.width / 6, b.width / 6);
            gc.setForeground(foreground);
            gc.setLineWidth(Math.max(1, b.width / 40));
            gc.drawRoundRectangle(b.x, b.y, b.width, b.height, b.width / 6, b.width / 6);
            gc.setFont(huge);
            gc.setForeground(on ? background : foreground);
            String label = Integer.toString(value);
            Point size = gc.textExtent(label);
            gc.drawText(label, b.x + (b.width - size.x) / 2, b.y + (b.height - size.y) / 2, true);
            String anchor = anchors.get(value);
            if (anchor != null) {
                gc.setForeground(foreground);
                int w = b.width + Math.max(6, area.width / 100) * 2;
                drawWrapped(gc, anchor, small, b.x + b.width / 2 - w / 2, b.y + b.height + 6, w, SWT.CENTER);
            }
        }
        int below = boxes.get(0).y + boxes.get(0).height + area.height / 7;
        if (sheet.message() != null) {
            gc.setForeground(accent);
            drawWrapped(gc, sheet.message(), large, area.x + margin, below, textWidth, SWT.CENTER);
        } else {
            gc.setForeground(foreground);
            drawWrapped(gc, "Click an answer or type its number; Enter for the next item, Backspace to go back.",
                    small, area.x + margin, below, textWidth, SWT.CENTER);
        }
        if (backBox != null) {
            navBox(gc, backBox, "Back", true);
        }
        navBox(gc, nextBox, sheet.onLastItem() ? "Finish" : "Next", chosen != null);
    }

    private void navBox(GC gc, Rectangle b, String text, boolean enabled) {
        gc.setForeground(enabled ? foreground : accent);
        gc.setLineWidth(2);
        gc.drawRoundRectangle(b.x, b.y, b.width, b.height, 10, 10);
        gc.setFont(large);
        Point size = gc.textExtent(text);
        gc.drawText(text, b.x + (b.width - size.x) / 2, b.y + (b.height - size.y) / 2, true);
    }

    /** Draws wrapped text; returns its height. */
    private int drawWrapped(GC gc, String text, Font font, int x, int y, int width, int alignment) {
        TextLayout layout = new TextLayout(getDisplay());
        try {
            layout.setText(text);
            layout.setFont(font);
            layout.setWidth(Math.max(1, width));
            layout.setAlignment(alignment);
            layout.draw(gc, x, y);
            return layout.getBounds().height;
        } finally {
            layout.dispose();
        }
    }
}
