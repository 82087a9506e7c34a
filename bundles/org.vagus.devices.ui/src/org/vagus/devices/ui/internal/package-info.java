/**
 * The Record and Stop commands and the Record dialog. Internal: the tests of this bundle are its friends.
 */
package org.vagus.devices.ui.internal;
