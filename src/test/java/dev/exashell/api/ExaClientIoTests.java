package dev.exashell.api;

import static dev.exashell.api.StubServer.closeConnection;
import static dev.exashell.api.StubServer.json;
import static dev.exashell.api.StubServer.status;
import static dev.exashell.api.TestClients.IMPORT_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.exashell.testing.FakeClock;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No HTTP answer: refused, closed, timed out, interrupted. */
class ExaClientIoTests {

	private static final URI API = URI.create("https://api.exa.ai/websets/v0/imports");

	private final StubServer stub = new StubServer();

	private final FakeClock sleeper = new FakeClock();

	private final RecordingTrace trace = new RecordingTrace();

	private final ExaClient client = new ExaClient(
			TestClients.config(stub, sleeper, trace).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200)));

	@AfterEach
	void stop() {
		stub.close();
	}

	@Test
	void refusedConnectionIsRetriedForGetThenReported() throws IOException {
		int port = freePort();
		ExaClient refused = new ExaClient(TestClients.config(stub, sleeper, trace)
			.withBaseUrl(URI.create("http://127.0.0.1:" + port + "/websets")));

		ApiIoException e = catchThrowableOfType(ApiIoException.class, () -> refused.list(null, null));

		assertThat(e).hasMessage("could not connect to 127.0.0.1:" + port + ": connection refused");
		assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
		assertThat(trace.lines()).contains("failure GET http://127.0.0.1:" + port + "/websets/v0/imports "
				+ e.getMessage());
	}

	@Test
	void aTimedOutGetIsRetried() {
		stub.enqueue(json(200, IMPORT_JSON).delayed(1500), json(200, IMPORT_JSON));

		assertThat(client.get("imp_1").id()).isEqualTo("imp_1");

		assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
		assertThat(trace.lines()).contains("retry 1 PT0.5S request to 127.0.0.1:" + stub.port()
				+ " timed out after 200ms");
	}

	@Test
	void aGetThatIsNeverAnsweredGivesTheTimeSpentOverEveryAttempt() {
		stub.enqueue(json(200, IMPORT_JSON).delayed(1500), json(200, IMPORT_JSON).delayed(1500),
				json(200, IMPORT_JSON).delayed(1500));

		ApiTimeoutException e = catchThrowableOfType(ApiTimeoutException.class, () -> client.list(null, null));

		assertThat(e).hasMessage("request to 127.0.0.1:" + stub.port() + " got no answer in 2.1s over 3 attempts");
		assertThat(e.perAttempt()).isEqualTo(Duration.ofMillis(200));
		assertThat(e.attempts()).isEqualTo(3);
		assertThat(stub.requests()).hasSize(3);
		assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
	}

	@Test
	void theTimeSpentReadsAsPeopleWriteIt() {
		assertThat(ApiTimeoutException.spent(Duration.ofMillis(91_500))).isEqualTo("1m32s");
		assertThat(ApiTimeoutException.spent(Duration.ofMillis(65_200))).isEqualTo("1m05s");
		assertThat(ApiTimeoutException.spent(Duration.ofSeconds(30))).isEqualTo("30s");
		assertThat(ApiTimeoutException.spent(Duration.ofMillis(2_140))).isEqualTo("2.1s");
		assertThat(ApiTimeoutException.spent(Duration.ofMillis(600))).isEqualTo("600ms");
		assertThat(ApiTimeoutException.spent(Duration.ofMinutes(30).plusMillis(1_300))).isEqualTo("30m01s");
	}

	@Test
	void whileAnAnswerIsAwaitedTheTraceHearsOfItWithTheAttempt() {
		ExaClient ticking = new ExaClient(TestClients.config(stub, sleeper, trace), Duration.ofMillis(50));
		stub.enqueue(status(503).delayed(300), json(200, IMPORT_JSON).delayed(300));

		assertThat(ticking.get("imp_1").id()).isEqualTo("imp_1");

		String uri = stub.baseUrl() + "/v0/imports/imp_1";
		assertThat(trace.waiting()).contains("waiting GET " + uri + " attempt 1 of 3", "waiting GET " + uri + " attempt 2 of 3")
			.allMatch(line -> line.matches("waiting GET \\S+ attempt [12] of 3"));
	}

	@Test
	void aTimedOutPostIsReportedOnce() {
		stub.enqueue(json(201, TestClients.CREATED_JSON).delayed(1500));

		ApiIoException e = catchThrowableOfType(ApiIoException.class,
				() -> client.create(new CreateImportRequest("csv", Entity.of("company"), 1, 1, null, null, null)));

		assertThat(e).hasMessage("request to 127.0.0.1:" + stub.port() + " timed out after 200ms");
		assertThat(stub.requests()).hasSize(1);
		assertThat(sleeper.waits()).isEmpty();
	}

	@Test
	void aClosedConnectionOnPostIsReportedOnce() {
		stub.enqueue(closeConnection(), json(201, TestClients.CREATED_JSON));

		ApiIoException e = catchThrowableOfType(ApiIoException.class,
				() -> client.create(new CreateImportRequest("csv", Entity.of("company"), 1, 1, null, null, null)));

		assertThat(e).hasMessage("connection to 127.0.0.1:" + stub.port() + " closed before a complete response");
		assertThat(stub.requests()).hasSize(1);
	}

	@Test
	void aClosedConnectionOnUploadIsRetried() {
		stub.enqueue(closeConnection(), status(200));

		client.upload(stub.url("/upload/imp_1"), "url\n".getBytes());

		assertThat(stub.requests()).hasSize(2);
		assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
	}

	@Test
	void aClosedConnectionOnGetIsRetried() {
		// The JDK client itself may resend a GET once when the connection closes before an answer
		// (whether it does depends on when it sees the close), so two closes cost us one or two
		// retries of our own: either way the call succeeds after our backoff, never without it.
		stub.enqueue(closeConnection(), closeConnection(), json(200, IMPORT_JSON));

		client.get("imp_1");

		assertThat(stub.requests()).hasSize(3);
		assertThat(sleeper.waits()).isIn(List.of(Duration.ofMillis(500)),
				List.of(Duration.ofMillis(500), Duration.ofSeconds(1)));
	}

	@Test
	void interruptingTheCallerStopsTheRequestWithTheFlagSet() throws InterruptedException {
		stub.enqueue(json(200, IMPORT_JSON).delayed(5000));
		ExaClient patient = TestClients.client(stub, sleeper, trace);
		AtomicReference<Throwable> thrown = new AtomicReference<>();
		AtomicBoolean flagAfter = new AtomicBoolean();
		Thread caller = new Thread(() -> {
			try {
				patient.get("imp_1");
			}
			catch (Throwable t) {
				thrown.set(t);
			}
			flagAfter.set(Thread.currentThread().isInterrupted());
		});
		caller.start();
		await().atMost(Duration.ofSeconds(2)).until(() -> !stub.requests().isEmpty());

		caller.interrupt();
		caller.join(2000);

		assertThat(thrown.get()).isInstanceOf(ApiIoException.class)
			.hasMessage("interrupted while waiting for 127.0.0.1:" + stub.port());
		assertThat(flagAfter).isTrue();
		assertThat(sleeper.waits()).isEmpty();
	}

	@Test
	void aCallerInterruptedBeforehandSendsNothing() {
		Thread.currentThread().interrupt();
		try {
			assertThatThrownBy(() -> client.get("imp_1")).isInstanceOf(ApiIoException.class)
				.hasMessage("interrupted while waiting for 127.0.0.1:" + stub.port());
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
		assertThat(stub.requests()).isEmpty();
	}

	@Test
	void describesFailuresInWords() {
		ClientConfig config = ClientConfig.defaults("k", "1");
		ConnectException unresolved = new ConnectException();
		unresolved.initCause(new UnresolvedAddressException());

		assertThat(TracedTransport.describe(unresolved, API, config))
			.isEqualTo("could not connect to api.exa.ai:443: unknown host");
		assertThat(TracedTransport.describe(new HttpConnectTimeoutException("x"), API, config))
			.isEqualTo("could not connect to api.exa.ai:443: timed out after 10s");
		assertThat(TracedTransport.describe(new UnknownHostException("api.exa.ai"), API, config))
			.isEqualTo("could not connect to api.exa.ai:443: unknown host");
		assertThat(TracedTransport.describe(new IOException("Connection reset"), API, config))
			.isEqualTo("connection to api.exa.ai:443 was reset");
		assertThat(TracedTransport.describe(new SocketException("Unexpected end of file from server"), API, config))
			.isEqualTo("connection to api.exa.ai:443 closed before a complete response");
		assertThat(TracedTransport.describe(new IOException("fixed content-length: 291, bytes received: 0"), API, config))
			.isEqualTo("connection to api.exa.ai:443 closed before a complete response");
		assertThat(TracedTransport.describe(new IOException("odd"), API, config))
			.isEqualTo("request to api.exa.ai:443 failed: odd");
		assertThat(TracedTransport.describe(new IOException(), API, config))
			.isEqualTo("request to api.exa.ai:443 failed: IOException");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
