/**
 * The OSGi edge of the sensor API: {@link org.vagus.devices.registry.SensorExtensionReader} reads the extension
 * point {@code org.vagus.devices.sensors} from an injected extension registry into a plain
 * {@link org.vagus.devices.SensorRegistry}, guarding each contribution.
 *
 * @since 0.1.0
 */
package org.vagus.devices.registry;
