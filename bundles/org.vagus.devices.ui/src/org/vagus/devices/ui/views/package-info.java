/**
 * The live monitor's widgets: the "Live signals" view ({@link org.vagus.devices.ui.views.LiveSignalsView}), its
 * content ({@link org.vagus.devices.ui.views.MonitorPanel}, usable in any composite) and one SWTChart per channel.
 *
 * @since 0.1.0
 */
package org.vagus.devices.ui.views;
