package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.exashell.api.Entity;
import dev.exashell.api.Import;
import dev.exashell.api.ImportStatus;
import dev.exashell.cli.OutputFormat;
import dev.exashell.render.OutputJson;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.testing.FakeClock;
import dev.exashell.testing.TestTime;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server (a broken proxy, say) that answers every GET with another import: watch says so once, then times out naming it. */
class WatchWrongAnswerTests {

	private final FakeClock time = new FakeClock();
	private final AtomicInteger gets = new AtomicInteger();
	private final HttpServer server = answeringWith(new Import("imp_other", "import", ImportStatus.of("processing"), "csv",
			Entity.of("company"), "Someone else's", 3, Map.of(), null, null, null, TestTime.NOW, TestTime.NOW));

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private HttpServer answeringWith(Import answer) {
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			byte[] body = OutputJson.compact().writeValueAsString(answer).getBytes(StandardCharsets.UTF_8);
			http.createContext("/", exchange -> {
				gets.incrementAndGet();
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			http.start();
			return http;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private URI baseUrl() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/websets");
	}

	@Test
	void pipedItWarnsOnceShowingWhatCameBackAndTheTimeoutNamesIt() {
		Result result = TestShell.watching(baseUrl(), OutputFormat.TABLE, false, time, time)
			.run("watch imp_asked --timeout 10s");

		assertThat(result).isEqualTo(new Result(6,
				"2026-11-30T12:00:10Z imp_asked timed out after 10s (last error: asked for imp_asked, the API answered"
						+ " with imp_other (processing); that answer is ignored)\n",
				"2026-11-30T12:00:00Z warning: asked for imp_asked, the API answered with imp_other (processing);"
						+ " that answer is ignored\n"));
		assertThat(gets.get()).as("GETs at 0, 2, 5, 9.5 and 10 s").isEqualTo(5);
	}

	@Test
	void onATerminalTheWarningComesBeforeTheLiveLine() {
		Result result = TestShell.watching(baseUrl(), OutputFormat.TABLE, true, time, time)
			.run("watch imp_asked --timeout 3s");

		assertThat(result.err()).startsWith("warning: asked for imp_asked, the API answered with imp_other (processing);"
				+ " that answer is ignored\n");
		assertThat(result.out()).isEqualTo("? imp_asked timed out after 3s · last error: asked for imp_asked, the API"
				+ " answered with imp_other (processing); that answer is ignored\n");
		assertThat(result.code()).isEqualTo(6);
	}
}
