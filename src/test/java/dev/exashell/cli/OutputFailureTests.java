package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes to stdout that fail: thrown at the write with the system's reason, and what the user is told. */
class OutputFailureTests {

	private final StringWriter err = new StringWriter();

	@Test
	void writesThatFitPassThroughUnchanged() {
		RefusingOutput stdout = RefusingOutput.fullDisk(100);
		PrintWriter out = FailFastOutputStream.writer(stdout, StandardCharsets.UTF_8);

		out.print("imp_1\tcompleted · ✓\n");
		out.flush();

		assertThat(stdout.accepted()).isEqualTo("imp_1\tcompleted · ✓\n");
		assertThat(stdout.refused()).isZero();
	}

	@Test
	void aWriteTheSystemRefusesIsThrownWithItsReasonInsteadOfSwallowed() {
		PrintWriter out = FailFastOutputStream.writer(RefusingOutput.fullDisk(4), StandardCharsets.UTF_8);
		out.print("imp_1\n");

		assertThatThrownBy(out::flush).isInstanceOfSatisfying(OutputFailedException.class, e -> {
			assertThat(e).hasMessage("cannot write output: No space left on device");
			assertThat(e.reason()).isEqualTo("No space left on device");
			assertThat(e.brokenPipe()).isFalse();
		});
	}

	/** A pipe's failed write is EPIPE however the C library words it (here: a German libc). */
	@Test
	void aFailedWriteToAPipeIsABrokenPipeInAnyLanguage() {
		OutputStream german = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("Datenübergabe unterbrochen (broken pipe)");
			}
		};
		PrintWriter toPipe = FailFastOutputStream.writer(german, StandardCharsets.UTF_8, true);
		PrintWriter toFile = FailFastOutputStream.writer(german, StandardCharsets.UTF_8, false);

		assertThatThrownBy(() -> toPipe.print("x".repeat(20_000))).isInstanceOfSatisfying(OutputFailedException.class,
				e -> assertThat(e.brokenPipe()).isTrue());
		assertThatThrownBy(() -> toFile.print("x".repeat(20_000))).isInstanceOfSatisfying(OutputFailedException.class,
				e -> assertThat(e.brokenPipe()).isFalse());
	}

	@Test
	void aDescriptorIsAPipeWhenProcSaysPipe(@TempDir Path dir) throws IOException {
		Path pipe = Files.createSymbolicLink(dir.resolve("1"), Path.of("pipe:[4026]"));
		Path file = Files.createSymbolicLink(dir.resolve("2"), Path.of("/home/me/out.jsonl"));

		assertThat(StandardStreams.isPipe(pipe)).isTrue();
		assertThat(StandardStreams.isPipe(file)).isFalse();
		assertThat(StandardStreams.isPipe(dir.resolve("missing"))).isFalse();
	}

	@Test
	void aWriteLargerThanTheWritersBufferIsThrownAtTheWriteItself() {
		PrintWriter out = FailFastOutputStream.writer(RefusingOutput.closedPipe(0), StandardCharsets.UTF_8);

		assertThatThrownBy(() -> out.print("x".repeat(20_000))).isInstanceOfSatisfying(OutputFailedException.class,
				e -> assertThat(e.brokenPipe()).isTrue());
	}

	@Test
	void aFullDiskIsOneErrorLineAndExit1() {
		int code = new ErrorReporter(false).report(failure(RefusingOutput.fullDisk(0)), new PrintWriter(err), null);

		assertThat(code).isEqualTo(1);
		assertThat(err).hasToString("error: cannot write output: No space left on device\n");
	}

	@Test
	void aClosedPipeSaysNothingAndExits141LikeYesIntoHead() {
		int code = new ErrorReporter(true).report(failure(RefusingOutput.closedPipe(0)), new PrintWriter(err), null);

		assertThat(code).isEqualTo(ExitCodes.BROKEN_PIPE).isEqualTo(141);
		assertThat(err).hasToString("");
	}

	@Test
	void inAScriptTheFailureIsPrefixedWithTheLine() {
		int code = new ErrorReporter(false).report(failure(RefusingOutput.fullDisk(0)), new PrintWriter(err), "night.exa:3");

		assertThat(code).isEqualTo(1);
		assertThat(err).hasToString("night.exa:3: cannot write output: No space left on device\n");
	}

	@Test
	void anOutputFailureWrappedByALibraryIsStillReportedAsOne() {
		RuntimeException wrapped = new IllegalStateException("generator failed", failure(RefusingOutput.fullDisk(0)));

		assertThat(ErrorReporter.describe(wrapped))
			.isEqualTo(new ErrorReporter.Report(1, "cannot write output: No space left on device", null));
	}

	@Test
	void aReasonlessFailureIsNamedByItsKind() {
		assertThat(new OutputFailedException(new IOException())).hasMessage("cannot write output: IOException");
	}

	@Test
	void whenTheErrorStreamFailsTooTheReportGoesToTheFallback() {
		PrintWriter terminal = FailFastOutputStream.writer(RefusingOutput.fullDisk(0), StandardCharsets.UTF_8);
		StringWriter stderr = new StringWriter();

		int code = new ErrorReporter(false, new PrintWriter(stderr)).report(failure(RefusingOutput.fullDisk(0)), terminal,
				null);

		assertThat(code).isEqualTo(1);
		assertThat(stderr).hasToString("error: cannot write output: No space left on device\n");
	}

	private static OutputFailedException failure(RefusingOutput stdout) {
		PrintWriter out = FailFastOutputStream.writer(stdout, StandardCharsets.UTF_8);
		out.print("x");
		try {
			out.flush();
		}
		catch (OutputFailedException e) {
			return e;
		}
		throw new AssertionError("the write went through");
	}
}
