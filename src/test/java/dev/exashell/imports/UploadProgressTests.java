package dev.exashell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.TestIo;
import org.junit.jupiter.api.Test;

class UploadProgressTests {

	@Test
	void onATerminalALargeUploadRedrawsOnePercentLineAndClearsIt() {
		TestIo io = new TestIo(true);
		UploadProgress progress = new UploadProgress(io.io(), "big.csv", 4_000_000);

		progress.accept(1_000_000);
		progress.accept(1_000_001);
		progress.accept(4_000_000);
		progress.close();
		progress.accept(4_000_000);

		assertThat(io.err()).isEqualTo("\r\033[Kuploading big.csv: 1.0 of 4.0 MB (25%)"
				+ "\r\033[Kuploading big.csv: 4.0 of 4.0 MB (100%)" + "\r\033[K");
	}

	@Test
	void smallFilesAndPipedOutputGetNoProgressLine() {
		TestIo terminal = new TestIo(true);
		UploadProgress small = new UploadProgress(terminal.io(), "small.csv", UploadProgress.THRESHOLD);
		small.accept(UploadProgress.THRESHOLD);
		small.close();
		TestIo piped = new TestIo(false);
		UploadProgress big = new UploadProgress(piped.io(), "big.csv", 9_000_000);
		big.accept(9_000_000);
		big.close();

		assertThat(terminal.err() + piped.err()).isEmpty();
	}
}
