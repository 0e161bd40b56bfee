package dev.exashell.api;

import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

/**
 * A body publisher that reports how many bytes have gone out, for an upload progress line. Each
 * subscription (a retry is a new one) counts from zero. {@code progress} is called on the HTTP
 * client's threads.
 */
final class CountingBodyPublisher implements BodyPublisher {

	private final BodyPublisher body;
	private final LongConsumer progress;

	CountingBodyPublisher(BodyPublisher body, LongConsumer progress) {
		this.body = body;
		this.progress = progress;
	}

	@Override
	public long contentLength() {
		return body.contentLength();
	}

	@Override
	public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
		body.subscribe(new Flow.Subscriber<ByteBuffer>() {

			private long sent;

			@Override
			public void onSubscribe(Flow.Subscription subscription) {
				subscriber.onSubscribe(subscription);
			}

			@Override
			public void onNext(ByteBuffer item) {
				sent += item.remaining();
				subscriber.onNext(item);
				progress.accept(sent);
			}

			@Override
			public void onError(Throwable throwable) {
				subscriber.onError(throwable);
			}

			@Override
			public void onComplete() {
				subscriber.onComplete();
			}
		});
	}
}
