/**
 * The OSGi edge of the paradigm model: {@link org.vagus.paradigm.registry.TaskExtensionReader} reads the extension
 * point {@code org.vagus.paradigm.tasks} from an injected extension registry into a plain
 * {@link org.vagus.paradigm.TaskRegistry}, guarding each contribution.
 *
 * @since 0.1.0
 */
package org.vagus.paradigm.registry;
