package dev.exashell.session;

/** Why a profile gives no key (named but not saved, or saved without one), naming the config file, and what to do. */
public record MissingKey(String reason, String hint) {
}
