/**
 * A session's files: the BIDS events file writer and the session folder layout.
 *
 * @since 0.1.0
 */
package org.vagus.runner.io;
