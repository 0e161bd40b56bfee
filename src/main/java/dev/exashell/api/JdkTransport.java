package dev.exashell.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.time.Duration;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The JDK {@link HttpClient}: used for requests with a body (POST, PATCH, the upload's PUT) and
 * DELETE; GETs go through {@link UrlConnectionTransport}, which costs less per request. The
 * client is built on first use: building it loads TLS, which start-up should not pay for.
 * Redirects are not followed, so the key cannot travel to another host.
 * <p>
 * Requests are sent one at a time and their bodies read into memory, so the client's own work
 * (completing the exchange, handing the body over) runs on its selector thread instead of being
 * passed on to a thread pool first.
 * <p>
 * {@code http://} requests (the sandbox, a local proxy) go through a second client that has no
 * TLS at all: a default {@code HttpClient} sets up the JDK's TLS context and trust store when it
 * is built, about 200 ms of a one-shot run, even if it never opens a TLS connection. Each client
 * only ever sees its own scheme, so {@code https://} requests always get the JDK's default TLS.
 */
final class JdkTransport extends TracedTransport {

	private volatile HttpClient tlsClient;

	private volatile HttpClient plainClient;

	JdkTransport(ClientConfig config, Duration tick) {
		super(config, tick);
	}

	@Override
	Response transfer(HttpRequest request, InFlight flight) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = client(request.uri()).send(request, HttpResponse.BodyHandlers.ofByteArray());
		return new Response(response.statusCode(), response.headers(), response.body());
	}

	private HttpClient client(URI uri) {
		boolean tls = !"http".equalsIgnoreCase(uri.getScheme());
		HttpClient result = tls ? tlsClient : plainClient;
		if (result == null) {
			synchronized (this) {
				result = tls ? tlsClient : plainClient;
				if (result == null) {
					HttpClient.Builder builder = HttpClient.newBuilder()
						.version(HttpClient.Version.HTTP_1_1)
						.connectTimeout(config.connectTimeout())
						.followRedirects(HttpClient.Redirect.NEVER)
						.executor(Runnable::run);
					if (tls) {
						result = tlsClient = builder.build();
					}
					else {
						result = plainClient = builder.sslContext(NoTls.CONTEXT).sslParameters(new SSLParameters()).build();
					}
				}
			}
		}
		return result;
	}

	/** The TLS context of the {@code http://}-only client: never used, so it refuses everything. */
	private static final class NoTls extends SSLContextSpi {

		static final SSLContext CONTEXT = new SSLContext(new NoTls(), null, "none") {
		};

		private static IllegalStateException unused() {
			return new IllegalStateException("the http:// client has no TLS");
		}

		@Override
		protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) throws KeyManagementException {
			throw new KeyManagementException("the http:// client has no TLS");
		}

		@Override
		protected SSLSocketFactory engineGetSocketFactory() {
			throw unused();
		}

		@Override
		protected SSLServerSocketFactory engineGetServerSocketFactory() {
			throw unused();
		}

		@Override
		protected SSLEngine engineCreateSSLEngine() {
			throw unused();
		}

		@Override
		protected SSLEngine engineCreateSSLEngine(String host, int port) {
			throw unused();
		}

		@Override
		protected SSLSessionContext engineGetServerSessionContext() {
			throw unused();
		}

		@Override
		protected SSLSessionContext engineGetClientSessionContext() {
			throw unused();
		}
	}
}
