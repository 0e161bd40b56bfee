package dev.exashell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.testing.CapturedIo;
import org.junit.jupiter.api.Test;

class UploadProgressTests {

	@Test
	void onATerminalALargeUploadRedrawsOnePercentLineAndClearsIt() {
		CapturedIo io = CapturedIo.terminal(80);
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
		CapturedIo terminal = CapturedIo.terminal(80);
		UploadProgress small = new UploadProgress(terminal.io(), "small.csv", UploadProgress.THRESHOLD);
		small.accept(UploadProgress.THRESHOLD);
		small.close();
		CapturedIo piped = CapturedIo.piped();
		UploadProgress big = new UploadProgress(piped.io(), "big.csv", 9_000_000);
		big.accept(9_000_000);
		big.close();

		assertThat(terminal.err() + piped.err()).isEmpty();
	}
}
