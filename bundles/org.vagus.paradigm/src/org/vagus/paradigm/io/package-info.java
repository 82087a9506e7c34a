/**
 * The versioned paradigm file format ({@link org.vagus.paradigm.io.ParadigmJson}) and the field reader and writer
 * that phase types use.
 *
 * @since 0.1.0
 */
package org.vagus.paradigm.io;
