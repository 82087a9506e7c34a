/**
 * The paradigm editor: the editor part, its input, and the form it shows (outline, details, timeline preview,
 * problems). Presentation only; the logic is in {@code org.vagus.paradigm.ui.model}.
 *
 * @since 0.1.0
 */
package org.vagus.paradigm.ui.editor;
