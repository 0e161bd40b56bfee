package dev.exashell.interactive;

import java.util.function.IntSupplier;

/** Starts the interactive prompt and answers its exit code; provided by {@link InteractiveConfiguration}. */
public interface InteractiveStart extends IntSupplier {
}
