package dev.exashell.cli;

/** Where the current {@link Io} comes from; fixed per run, but built only when first needed. */
@FunctionalInterface
public interface IoSource {

	Io io();
}
