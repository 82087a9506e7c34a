/**
 * Internal helpers of the instruments bundle (path-tracking JSON reading); not API.
 */
package org.vagus.instruments.internal;
