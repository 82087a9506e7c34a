/**
 * The workbench contributions of org.vagus.instruments.ui: the Run menu's Clinician Rating command.
 */
package org.vagus.instruments.ui.internal;
