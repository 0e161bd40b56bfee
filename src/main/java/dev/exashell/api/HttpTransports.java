package dev.exashell.api;

import java.time.Duration;

/** The transport a client sends through: GETs over {@link UrlConnectionTransport}, everything else over {@link JdkTransport}. */
final class HttpTransports {

	private HttpTransports() {
	}

	static HttpTransport standard(ClientConfig config, Duration waitingTick) {
		HttpTransport gets = new UrlConnectionTransport(config, waitingTick);
		HttpTransport others = new JdkTransport(config, waitingTick);
		return (request, attempt) -> ("GET".equals(request.method()) ? gets : others).send(request, attempt);
	}
}
