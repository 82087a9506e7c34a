/**
 * The paradigm editor of the Design perspective: {@link org.vagus.paradigm.ui.editor.ParadigmEditor}, and the
 * commands that open it (File > Open Paradigm..., New Paradigm from Template). The editing logic lives in the
 * display-free package {@code org.vagus.paradigm.ui.model}; the editor only presents it.
 *
 * @since 0.1.0
 */
package org.vagus.paradigm.ui;
