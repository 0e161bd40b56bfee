package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.testing.FakeClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class PaginationTests {

	private final FakeClock clock = new FakeClock();
	private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withImports(300).withClock(clock));
	private final SandboxClient client = new SandboxClient(server);

	@AfterEach
	void stop() {
		server.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 7, 25, 200 })
	void aFullWalkReturnsEveryImportOnceNewestFirst(int limit) {
		List<JsonNode> all = client.walk(limit, () -> {
		});
		List<String> ids = ids(all);
		assertThat(ids).hasSize(300).doesNotHaveDuplicates();
		for (int i = 1; i < all.size(); i++) {
			String previous = all.get(i - 1).get("createdAt").stringValue();
			String current = all.get(i).get("createdAt").stringValue();
			assertThat(previous.compareTo(current) > 0 || previous.equals(current) && ids.get(i - 1).compareTo(ids.get(i)) > 0)
				.as("newest first at %d", i).isTrue();
		}
	}

	@Test
	void theDefaultLimitIs25AndTheLastPageSaysSo() {
		JsonNode first = SandboxClient.json(client.get("/v0/imports"));
		assertThat(first.get("data")).hasSize(25);
		assertThat(first.get("hasMore").booleanValue()).isTrue();

		try (SandboxServer small = SandboxServer.start(SandboxOptions.defaults().withImports(3).withClock(clock))) {
			JsonNode only = SandboxClient.json(new SandboxClient(small).get("/v0/imports?limit=3"));
			assertThat(only.get("data")).hasSize(3);
			assertThat(only.get("hasMore").booleanValue()).isFalse();
			assertThat(only.get("nextCursor").isNull()).isTrue();
		}
		try (SandboxServer empty = SandboxServer.start(SandboxOptions.defaults().withImports(0).withClock(clock))) {
			JsonNode none = SandboxClient.json(new SandboxClient(empty).get("/v0/imports"));
			assertThat(none.get("data")).isEmpty();
			assertThat(none.get("hasMore").booleanValue()).isFalse();
			assertThat(none.get("nextCursor").isNull()).isTrue();
		}
	}

	@Test
	void importsCreatedDuringAWalkDoNotDisturbIt() {
		Set<String> before = new HashSet<>(ids(client.walk(200, () -> {
		})));
		List<String> created = new ArrayList<>();
		List<JsonNode> walked = client.walk(7, () -> {
			clock.advance(Duration.ofSeconds(1));
			created.add(client.create("{\"type\":\"company\"}").get("id").stringValue());
		});
		assertThat(ids(walked)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(before);
		assertThat(created).hasSizeGreaterThan(40);
	}

	@Test
	void deletionsDuringAWalkLeaveNoGapsForSurvivors() {
		List<String> order = ids(client.walk(200, () -> {
		}));
		AtomicInteger page = new AtomicInteger();
		Set<String> deleted = new HashSet<>();
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode body = SandboxClient.json(client.get("/v0/imports?limit=10" + (cursor == null ? "" : "&cursor=" + cursor)));
			body.get("data").forEach(item -> seen.add(item.get("id").stringValue()));
			cursor = body.get("hasMore").booleanValue() ? body.get("nextCursor").stringValue() : null;
			int p = page.incrementAndGet();
			if (cursor != null) {
				String last = seen.get(seen.size() - 1);
				String unseen = order.get(Math.min(order.size() - 1, seen.size() + 3 + p % 5));
				for (String victim : p % 2 == 0 ? List.of(last, unseen) : List.of(unseen)) {
					if (deleted.add(victim)) {
						assertThat(client.send("DELETE", "/v0/imports/" + victim, null).statusCode()).isEqualTo(200);
					}
				}
			}
		}
		while (cursor != null);
		assertThat(seen).doesNotHaveDuplicates();
		List<String> survivors = order.stream().filter(id -> !deleted.contains(id)).toList();
		assertThat(seen).containsAll(survivors);
		assertThat(seen).allMatch(order::contains);
		assertThat(deleted).hasSizeGreaterThan(30);
	}

	@Test
	void aCursorWhoseItemWasDeletedStillContinuesAfterIt() {
		JsonNode first = SandboxClient.json(client.get("/v0/imports?limit=5"));
		String lastId = first.get("data").get(4).get("id").stringValue();
		String cursor = first.get("nextCursor").stringValue();
		JsonNode expected = SandboxClient.json(client.get("/v0/imports?limit=5&cursor=" + cursor));

		client.send("DELETE", "/v0/imports/" + lastId, null);
		JsonNode after = SandboxClient.json(client.get("/v0/imports?limit=5&cursor=" + cursor));
		assertThat(ids(after.get("data"))).isEqualTo(ids(expected.get("data")));
	}

	@Test
	void cursorsFromAnotherSandboxOrTamperedWithAreRejected() {
		String cursor = SandboxClient.json(client.get("/v0/imports?limit=5")).get("nextCursor").stringValue();
		try (SandboxServer other = SandboxServer.start(SandboxOptions.defaults().withClock(clock))) {
			HttpResponse<String> foreign = new SandboxClient(other).get("/v0/imports?cursor=" + cursor);
			assertThat(foreign.statusCode()).isEqualTo(400);
			assertThat(SandboxClient.json(foreign).get("error").get("code").stringValue()).isEqualTo("INVALID_CURSOR");
		}
		char flipped = cursor.charAt(3) == 'A' ? 'B' : 'A';
		String tampered = cursor.substring(0, 3) + flipped + cursor.substring(4);
		assertThat(client.get("/v0/imports?cursor=" + tampered).statusCode()).isEqualTo(400);
		assertThat(client.get("/v0/imports?cursor=" + cursor + "x").statusCode()).isEqualTo(400);
		assertThat(client.get("/v0/imports?cursor=" + cursor).statusCode()).isEqualTo(200);
	}

	private static List<String> ids(Iterable<JsonNode> items) {
		List<String> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get("id").stringValue()));
		return ids;
	}
}
