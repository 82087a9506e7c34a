/**
 * The paradigm editor's logic, without a display: element paths, the fields of each element and the edits that
 * change them, the document with its dirty state, validation placed on the outline, undoable operations for the
 * workbench's operation history, and the timeline preview's layout. Unit-tested on a plain class path.
 *
 * @since 0.1.0
 */
package org.vagus.paradigm.ui.model;
