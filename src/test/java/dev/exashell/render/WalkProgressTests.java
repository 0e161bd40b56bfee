package dev.exashell.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.Io;
import dev.exashell.testing.FakeClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress line of a long walk: only on a terminal, only after a second, erased at the end. */
class WalkProgressTests {

	private final FakeClock clock = new FakeClock();
	private final StringWriter err = new StringWriter();

	private WalkProgress progress(boolean tty) {
		return new WalkProgress(new Io(new PrintWriter(new StringWriter()), new PrintWriter(err), tty, 80, false, clock));
	}

	@Test
	void appearsAfterASecondIsRedrawnInPlaceAndErased() {
		WalkProgress progress = progress(true);
		progress.update(1, 200, 3L);
		clock.advance(Duration.ofMillis(999));
		progress.update(2, 400, 5L);
		assertThat(err.toString()).isEmpty();

		clock.advance(Duration.ofMillis(1));
		progress.update(3, 600, 7L);
		clock.advance(Duration.ofSeconds(1));
		progress.update(4, 1_200, null);
		progress.clear();
		progress.clear();

		assertThat(err.toString()).isEqualTo("\rfetched 3 pages · 600 imports · 7 matched…\033[K"
				+ "\rfetched 4 pages · 1,200 imports…\033[K" + "\r\033[K");
	}

	@Test
	void nothingWhenStdoutIsNotATerminalOrTheWalkWasQuick() {
		WalkProgress piped = progress(false);
		WalkProgress quick = progress(true);
		clock.advance(Duration.ofSeconds(5));
		piped.update(9, 1_800, 1L);
		piped.clear();
		quick.clear();

		assertThat(err.toString()).isEmpty();
	}
}
