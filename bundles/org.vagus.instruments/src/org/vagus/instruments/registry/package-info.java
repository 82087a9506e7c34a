/**
 * The OSGi edge of the instruments bundle: {@link org.vagus.instruments.registry.InstrumentExtensionReader} reads
 * the extension point {@code org.vagus.instruments.instruments} from an injected extension registry into a plain
 * {@link org.vagus.instruments.InstrumentRegistry}, guarding each contribution.
 *
 * @since 0.1.0
 */
package org.vagus.instruments.registry;
