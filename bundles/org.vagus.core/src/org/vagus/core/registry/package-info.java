/**
 * The shared base of Vagus's guarded extension-point readers: the OSGi edge where contributions are read and bad
 * ones are reported with their bundle's id and skipped.
 */
package org.vagus.core.registry;
