/**
 * Built-in paradigm templates: the seed study's stress-inducing task.
 *
 * @since 0.1.0
 */
package org.vagus.paradigm.templates;
