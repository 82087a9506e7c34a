package org.vagus.cli.internal;

import java.util.function.Supplier;

import org.vagus.cli.VagusCommand;

/** A command as contributed: its name, place in the help, contributing bundle and a factory. */
public record CommandDescriptor(String name, int order, String contributor, Supplier<VagusCommand> factory) {
}
