package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Stdout's writer: text and UTF-8 bytes in the order written, out on flush, failures thrown. */
class Utf8PrintWriterTests {

	private static final byte[] LINE = "{\"t\":\"日本\"}\n".getBytes(StandardCharsets.UTF_8);

	@Test
	void textAndBytesReachTheStreamInTheOrderWrittenAndOnlyOnFlush() {
		RefusingOutput stdout = RefusingOutput.fullDisk(1_000);
		Utf8PrintWriter out = FailFastOutputStream.utf8Writer(stdout, false);

		out.print("naïve ");
		out.writeUtf8(LINE, 0, LINE.length);
		out.print('·');
		out.writeUtf8(LINE, 6, 6);

		assertThat(stdout.accepted()).isEmpty();
		out.flush();
		assertThat(stdout.accepted()).isEqualTo("naïve {\"t\":\"日本\"}\n·日本");
	}

	@Test
	void aFailedWriteOfBytesIsThrownAtTheFlush() {
		PrintWriter printed = FailFastOutputStream.utf8Writer(RefusingOutput.closedPipe(4), true);
		Utf8PrintWriter out = (Utf8PrintWriter) printed;
		out.writeUtf8(LINE, 0, LINE.length);

		assertThatThrownBy(out::flush).isInstanceOfSatisfying(OutputFailedException.class,
				e -> assertThat(e.brokenPipe()).isTrue());
	}

	@Test
	void moreBytesThanTheBufferHoldsAreWrittenAtOnceAndAFailureThrownThere() {
		byte[] big = "x".repeat(20_000).getBytes(StandardCharsets.UTF_8);
		Utf8PrintWriter out = FailFastOutputStream.utf8Writer(RefusingOutput.closedPipe(0), true);

		assertThatThrownBy(() -> out.writeUtf8(big, 0, big.length)).isInstanceOf(OutputFailedException.class);
	}
}
