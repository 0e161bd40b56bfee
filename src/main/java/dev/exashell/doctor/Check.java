package dev.exashell.doctor;

/**
 * One line of {@code doctor}: what was checked, what was found and, when it failed, what to do.
 *
 * @param ok whether this part works
 * @param label what was checked, e.g. {@code config file}
 * @param detail what was found; never holds the API key (only its masked form)
 * @param fix what to do; null when {@code ok}
 */
public record Check(boolean ok, String label, String detail, String fix) {

	public static Check pass(String label, String detail) {
		return new Check(true, label, detail, null);
	}

	public static Check fail(String label, String detail, String fix) {
		return new Check(false, label, detail, fix);
	}
}
