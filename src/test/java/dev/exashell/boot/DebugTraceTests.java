package dev.exashell.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.testing.CapturedIo;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DebugTraceTests {

	private static final URI WITH_PASSWORD = URI.create("http://admin:hunter2@127.0.0.1:9/websets/v0/imports");

	@Test
	void everyLineMasksTheUserInfoOfTheUrl() {
		CapturedIo io = CapturedIo.piped();
		DebugTrace trace = new DebugTrace(io);

		trace.onRequest("GET", WITH_PASSWORD, Map.of("x-api-key", "****abcd"));
		trace.onResponse("GET", WITH_PASSWORD, 200, 12, "req_1");
		trace.onFailure("GET", WITH_PASSWORD, 3, "connection refused");

		assertThat(io.err()).isEqualTo("""
				> GET http://****@127.0.0.1:9/websets/v0/imports · x-api-key: ****abcd
				< 200 GET http://****@127.0.0.1:9/websets/v0/imports (12 ms, req_1)
				< failed GET http://****@127.0.0.1:9/websets/v0/imports (3 ms): connection refused
				""");
	}
}
