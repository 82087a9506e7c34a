/**
 * The commands that open the paradigm editor: File > Open Paradigm... and New Paradigm from Template.
 *
 * @since 0.1.0
 */
package org.vagus.paradigm.ui.handlers;
