/**
 * The demo's internals: the lockstep clock shared by the runner and the simulated sensor, one participant's session,
 * the simulated respondent and its answer sheets, the distributions of the population and the staging folder.
 */
package org.vagus.demo.internal;
