package org.vagus.instruments.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vagus.instruments.InstrumentRegistry;
import org.vagus.instruments.ui.QuestionnaireWidget;

/**
 * The participant's form in a plain shell: answers by clicks on the drawn boxes and by number keys, Next refused
 * without an answer, Back, Finish with every answer. Events go to the widget's listeners as SWT delivers them.
 */
class QuestionnaireWidgetUiTest {
    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 700);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private QuestionnaireWidget form(String id, List<List<Integer>> finished) {
        QuestionnaireWidget w = new QuestionnaireWidget(shell, InstrumentRegistry.builtIn().get(id),
                QuestionnaireWidget.Style.PRESENTATION);
        w.onFinished(finished::add);
        shell.layout();
        shell.open();
        while (display.readAndDispatch()) {
            // let it be laid out and painted
        }
        return w;
    }

    private static void click(QuestionnaireWidget w, Rectangle r) {
        Event e = new Event();
        e.button = 1;
        e.x = r.x + r.width / 2;
        e.y = r.y + r.height / 2;
        w.notifyListeners(SWT.MouseDown, e);
    }

    private static void key(QuestionnaireWidget w, char c, int keyCode) {
        Event e = new Event();
        e.character = c;
        e.keyCode = keyCode;
        w.notifyListeners(SWT.KeyDown, e);
    }

    /** One pixel of the screen as the window system shows it. */
    private RGB pixel(int x, int y) {
        Image shot = new Image(display, 1, 1);
        GC gc = new GC(display);
        try {
            gc.copyArea(shot, x, y);
            ImageData data = shot.getImageData();
            return data.palette.getRGB(data.getPixel(0, 0));
        } finally {
            gc.dispose();
            shot.dispose();
        }
    }

    @Test
    void clicksAndKeysAnswerTheStaiAndAMissingAnswerIsRefused() {
        List<List<Integer>> finished = new ArrayList<>();
        QuestionnaireWidget w = form("stai-y1", finished);
        click(w, w.nextBounds());
        assertEquals(0, w.sheet().index(), "Next without an answer stays");
        assertNotNull(w.sheet().message());
        key(w, '\r', SWT.CR);
        assertEquals(0, w.sheet().index(), "so does Enter");
        assertNull(w.backBounds(), "no Back on the first item");
        click(w, w.answerBounds(2));
        assertEquals(2, w.sheet().answer());
        click(w, w.answerBounds(3));
        assertEquals(3, w.sheet().answer(), "a second click changes the answer");
        click(w, w.nextBounds());
        assertEquals(1, w.sheet().index());
        key(w, '4', '4');
        key(w, '\b', SWT.BS);
        assertEquals(0, w.sheet().index(), "Backspace goes back");
        assertEquals(3, w.sheet().answer());
        key(w, '\r', SWT.CR);
        assertEquals(4, w.sheet().answer(), "item 2 kept its typed 4");
        key(w, '\r', SWT.CR);
        for (int i = 3; i <= 20; i++) {
            key(w, '9', '9');
            assertEquals(i - 1, w.sheet().index(), "9 is refused on a 1-4 scale: item " + i + " waits");
            key(w, (char) ('0' + (i % 4) + 1), '0' + (i % 4) + 1);
            key(w, '\r', SWT.CR);
        }
        assertTrue(w.isFinished());
        List<Integer> expected = new ArrayList<>(List.of(3, 4));
        for (int i = 3; i <= 20; i++) {
            expected.add(i % 4 + 1);
        }
        assertEquals(List.of(expected), finished);
    }

    @Test
    void theOneToTenRatingTakesTwoDigitsAndShowsItsAnchorsOnScreen() {
        List<List<Integer>> finished = new ArrayList<>();
        QuestionnaireWidget w = form("perceived-stress", finished);
        // ten boxes in a row, left to right
        for (int v = 1; v < 10; v++) {
            assertTrue(w.answerBounds(v).x < w.answerBounds(v + 1).x);
        }
        key(w, '1', '1');
        key(w, '0', '0');
        assertEquals(10, w.sheet().answer());
        // the answer box is drawn filled (white on the black presentation), an unchosen box stays dark: read back
        // from the window system as the runner's screen tests do, once GTK's frame clock has painted the change
        Rectangle chosen = display.map(w, null, w.answerBounds(10));
        Rectangle other = display.map(w, null, w.answerBounds(5));
        w.redraw();
        RGB[] seen = new RGB[2];
        for (int attempt = 0; attempt < 100; attempt++) {
            while (display.readAndDispatch()) {
                // the repaint
            }
            // sample just inside the lower left corner of each box, away from the digits
            seen[0] = pixel(chosen.x + chosen.width / 5, chosen.y + chosen.height - chosen.height / 6);
            seen[1] = pixel(other.x + other.width / 5, other.y + other.height - other.height / 6);
            if (seen[0].red > 200) {
                break;
            }
            display.timerExec(20, () -> { });
            display.sleep();
        }
        assertTrue(seen[0].red > 200 && seen[0].green > 200, "chosen box filled: " + seen[0]);
        assertTrue(seen[1].red < 60 && seen[1].green < 60, "other box empty: " + seen[1]);
        key(w, '\r', SWT.CR);
        assertEquals(List.of(List.of(10)), finished);
        assertFalse(finished.isEmpty());
    }
}
