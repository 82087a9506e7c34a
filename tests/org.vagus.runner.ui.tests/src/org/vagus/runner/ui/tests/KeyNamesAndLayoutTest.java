package org.vagus.runner.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.vagus.runner.ui.KeyNames;
import org.vagus.runner.ui.ScreenLayout;
import org.vagus.runner.ui.photodiode.PhotodiodePatch;

/** The response vocabulary of keys and buttons, and the presentation's geometry; no display needed. */
class KeyNamesAndLayoutTest {

    @Test
    void keysAreNamedAsResponseWindowsNameThem() {
        assertEquals("1", KeyNames.of('1', '1'));
        assertEquals("7", KeyNames.of(SWT.KEYPAD_7, '7'), "keypad digits are digits");
        assertEquals("a", KeyNames.of('a', 'A'), "letters in lower case");
        assertEquals("space", KeyNames.of(' ', ' '));
        assertEquals("enter", KeyNames.of(SWT.CR, '\r'));
        assertEquals("enter", KeyNames.of(SWT.KEYPAD_CR, '\r'));
        assertEquals("left", KeyNames.of(SWT.ARROW_LEFT, '\0'));
        assertEquals("f5", KeyNames.of(SWT.F5, '\0'));
        assertEquals("backspace", KeyNames.of(SWT.BS, '\b'));
        assertEquals("c", KeyNames.of('c', (char) 3), "Ctrl+C names the key");
        assertNull(KeyNames.of(SWT.ESC, SWT.ESC), "Escape is never a response");
        assertNull(KeyNames.of(SWT.SHIFT, '\0'), "a modifier alone is no response");
        assertEquals("mouse1", KeyNames.mouse(1));
    }

    @Test
    void geometryIsProportionalAndTheCrossCoversTheCentre() {
        ScreenLayout l = new ScreenLayout(1920, 1080, PhotodiodePatch.at(PhotodiodePatch.Corner.TOP_LEFT));
        Rectangle[] bars = l.crossBars();
        for (Rectangle b : bars) {
            assertTrue(b.contains(960, 540), "bar " + b + " covers the centre");
        }
        assertEquals(new Rectangle(0, 0, 60, 60), l.patch());
        Rectangle area = l.stimulusArea(false);
        Rectangle fit = ScreenLayout.fit(400, 400, area);
        assertEquals(area.height, fit.height, "a square image fills the height");
        assertEquals(area.x + (area.width - fit.width) / 2, fit.x, "centred");
        Rectangle wide = ScreenLayout.fit(4000, 100, area);
        assertEquals(area.width, wide.width, "a wide image fills the width");
        assertTrue(area.contains(l.centre().x, l.centre().y));
        assertTrue(l.countdownArea().y >= area.y + area.height, "the countdown under the stimulus");
        assertTrue(l.captionArea().y >= l.stimulusArea(true).y + l.stimulusArea(true).height);
    }
}
