package dev.exashell.doctor;

import java.io.PrintWriter;
import java.util.List;

/** Prints checks one a line, {@code ✓ label · detail} or {@code ✗ label · detail} and then {@code   → fix}. */
final class CheckLines {

	private static final String GREEN = "\u001b[32m";
	private static final String RED = "\u001b[31m";
	private static final String RESET = "\u001b[0m";

	private CheckLines() {
	}

	static void print(List<Check> checks, PrintWriter out, boolean color) {
		for (Check check : checks) {
			String mark = check.ok() ? "✓" : "✗";
			if (color) {
				mark = (check.ok() ? GREEN : RED) + mark + RESET;
			}
			out.println(mark + " " + check.label() + " · " + check.detail());
			if (!check.ok()) {
				out.println("  → " + check.fix());
			}
		}
	}
}
