/**
 * Validation of paradigms, with each {@link org.vagus.paradigm.validation.Problem} attached to the element at fault.
 *
 * @since 0.1.0
 */
package org.vagus.paradigm.validation;
