package dev.exashell.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process fake of the Exa Websets Imports API on the JDK's HTTP server. {@link #baseUrl()}
 * ({@code http://127.0.0.1:PORT/websets}) is a drop-in base URL; see docs/sandbox.md for
 * data, faults, time and errors. All its threads are daemons; {@link #close()} stops it at once.
 */
public final class SandboxServer implements AutoCloseable {

	private static final int THREADS = 16;

	static {
		// The JDK server writes headers and body separately; with Nagle on, every small response
		// then waits ~40 ms for the client's delayed ACK. The JDK reads this flag once, when its
		// first HttpServer is created, so it must be set before that (and is kept if set already).
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final Sandbox sandbox;
	private final HttpServer http;
	private final ThreadPoolExecutor executor;
	private final URI baseUrl;
	private volatile boolean closed;

	private SandboxServer(Sandbox sandbox, HttpServer http, ThreadPoolExecutor executor) {
		this.sandbox = sandbox;
		this.http = http;
		this.executor = executor;
		InetSocketAddress bound = http.getAddress();
		InetAddress address = bound.getAddress();
		String host = address.isAnyLocalAddress() ? "127.0.0.1"
				: address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
		String origin = "http://" + host + ":" + bound.getPort();
		sandbox.origin(origin);
		this.baseUrl = URI.create(origin + "/websets");
	}

	/**
	 * Seeds the data, binds {@code options.host():options.port()} and starts serving.
	 *
	 * @throws IllegalArgumentException if {@code options.faults()} is not a valid spec
	 * @throws UncheckedIOException if the address cannot be bound
	 */
	public static SandboxServer start(SandboxOptions options) {
		Sandbox sandbox = new Sandbox(options);
		ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), daemonThreads());
		executor.allowCoreThreadTimeOut(true);
		HttpServer http;
		try {
			http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()), 128);
		}
		catch (IOException ex) {
			executor.shutdownNow();
			throw new UncheckedIOException("cannot bind " + options.host() + ":" + options.port() + ": " + ex.getMessage(),
					ex);
		}
		http.createContext("/", new Router(sandbox));
		http.setExecutor(executor);
		startOnDaemonThread(http);
		return new SandboxServer(sandbox, http, executor);
	}

	/** The JDK server's dispatcher thread inherits daemon-ness from the thread that starts it. */
	private static void startOnDaemonThread(HttpServer http) {
		Thread starter = new Thread(http::start, "exa-sandbox-start");
		starter.setDaemon(true);
		starter.start();
		try {
			starter.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while starting the sandbox", ex);
		}
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, "exa-sandbox-http-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** {@code http://127.0.0.1:PORT/websets} (the bound address; a wildcard host shows as 127.0.0.1). */
	public URI baseUrl() {
		return baseUrl;
	}

	public int port() {
		return http.getAddress().getPort();
	}

	/** Replaces the faults, same grammar as {@code --faults}; {@code ""} clears them. */
	public void setFaults(String spec) {
		sandbox.faults().set(FaultSpec.parse(spec));
	}

	/** Back to the start-up state: re-seeded data (against the clock's now), start-up faults, empty request log. */
	public void reset() {
		sandbox.reset();
	}

	/** How many requests the {@code hang} fault holds unanswered now. */
	int heldRequests() {
		return sandbox.held().count();
	}

	/** Every request received, oldest first, the last 10,000 at most. */
	public List<RecordedRequest> requests() {
		return sandbox.log().snapshot();
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		sandbox.held().close();
		http.stop(0);
		executor.shutdownNow();
	}
}
