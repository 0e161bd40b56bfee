package dev.exashell.render;

import java.time.Duration;
import java.time.Instant;

/**
 * How long ago something happened, as a terminal shows it. Elapsed time is floored to the unit:
 *
 * <pre>
 * elapsed &lt; 10 s          just now      (also any time in the future: clock skew)
 * 10 s  .. &lt; 60 s         45 sec ago
 * 1 min .. &lt; 60 min       3 min ago
 * 1 h   .. &lt; 24 h         2 h ago
 * 24 h  .. &lt; 48 h         yesterday     (24 to 48 hours, not the calendar day: no time zone)
 * 2 d   .. &lt; 30 d         5 days ago
 * 30 d  .. &lt; 365 d        3 mo ago      (30-day months, at most 11)
 * 365 d ..                 2 yr ago      (365-day years)
 * </pre>
 */
public final class RelativeTime {

	private RelativeTime() {
	}

	public static String format(Instant then, Instant now) {
		long seconds = Math.max(0, Duration.between(then, now).getSeconds());
		if (seconds < 10) {
			return "just now";
		}
		if (seconds < 60) {
			return seconds + " sec ago";
		}
		long minutes = seconds / 60;
		if (minutes < 60) {
			return minutes + " min ago";
		}
		long hours = minutes / 60;
		if (hours < 24) {
			return hours + " h ago";
		}
		long days = hours / 24;
		if (days < 2) {
			return "yesterday";
		}
		if (days < 30) {
			return days + " days ago";
		}
		if (days < 365) {
			return Math.min(11, days / 30) + " mo ago";
		}
		return days / 365 + " yr ago";
	}
}
