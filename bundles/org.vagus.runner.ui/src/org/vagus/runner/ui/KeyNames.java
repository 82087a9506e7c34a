package org.vagus.runner.ui;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The names of keys and buttons as responses, the vocabulary of a paradigm's response windows: a printable key is its
 * character in lower case ({@code 1}, {@code a}; keypad digits are digits), the others have names
 * ({@code space}, {@code enter}, {@code left}, {@code right}, {@code up}, {@code down}, {@code backspace},
 * {@code tab}, {@code f1} .. {@code f12}), mouse buttons are {@code mouse1} (left), {@code mouse2} (middle),
 * {@code mouse3} (right). Escape is never a response: it asks to abort. Modifier keys alone are not responses.
 *
 * @since 0.1.0
 */
public final class KeyNames {
    /** The response of the left mouse button. */
    public static final String MOUSE_LEFT = "mouse1";

    private KeyNames() {
    }

    /** The response name of a key event, or null if the key is not a response (Escape, a modifier alone). */
    public static String of(Event e) {
        return of(e.keyCode, e.character);
    }

    /** The response name of a key code and character, or null. */
    public static String of(int keyCode, char character) {
        if (keyCode >= SWT.KEYPAD_0 && keyCode <= SWT.KEYPAD_9) {
            return Integer.toString(keyCode - SWT.KEYPAD_0);
        }
        if (keyCode >= SWT.F1 && keyCode <= SWT.F12) {
            return "f" + (keyCode - SWT.F1 + 1);
        }
        switch (keyCode) {
            case SWT.ESC:
                return null;
            case SWT.CR:
            case SWT.KEYPAD_CR:
                return "enter";
            case ' ':
                return "space";
            case SWT.BS:
                return "backspace";
            case SWT.TAB:
                return "tab";
            case SWT.DEL:
                return "delete";
            case SWT.ARROW_LEFT:
                return "left";
            case SWT.ARROW_RIGHT:
                return "right";
            case SWT.ARROW_UP:
                return "up";
            case SWT.ARROW_DOWN:
                return "down";
            default:
                break;
        }
        if ((keyCode & SWT.MODIFIER_MASK) != 0 && (keyCode & ~SWT.MODIFIER_MASK) == 0) {
            return null;
        }
        if (character > ' ' && character != SWT.DEL && !Character.isISOControl(character)) {
            return String.valueOf(character).toLowerCase(Locale.ROOT);
        }
        if (keyCode > ' ' && keyCode < 0x7f) {
            // a control combination (Ctrl+A gives character 1): name the key itself
            return String.valueOf((char) keyCode).toLowerCase(Locale.ROOT);
        }
        return keyCode == 0 ? null : "key-" + Integer.toHexString(keyCode);
    }

    /** The response name of a mouse button (1 left, 2 middle, 3 right, ...). */
    public static String mouse(int button) {
        return "mouse" + button;
    }
}
