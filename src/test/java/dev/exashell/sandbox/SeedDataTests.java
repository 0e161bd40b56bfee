package dev.exashell.sandbox;

import static dev.exashell.testing.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SeedDataTests {

	@Test
	void theSameSeedGivesTheSameFirstPage() {
		FakeClock clock = new FakeClock();
		try (SandboxServer a = SandboxServer.start(SandboxOptions.defaults().withSeed(7).withClock(clock));
				SandboxServer b = SandboxServer.start(SandboxOptions.defaults().withSeed(7).withClock(clock));
				SandboxServer c = SandboxServer.start(SandboxOptions.defaults().withSeed(8).withClock(clock))) {
			JsonNode pageA = SandboxClient.json(new SandboxClient(a).get("/v0/imports")).get("data");
			JsonNode pageB = SandboxClient.json(new SandboxClient(b).get("/v0/imports")).get("data");
			JsonNode pageC = SandboxClient.json(new SandboxClient(c).get("/v0/imports")).get("data");
			assertThat(pageA).isEqualTo(pageB).isNotEqualTo(pageC);
		}
	}

	@Test
	void seededImportsCoverEveryStatusFormatEntityAndFailureReason() {
		List<StoredImport> seeded = seed(42, 300);
		assertThat(seeded.stream().map(i -> i.status(NOW)).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("pending", "processing", "completed", "failed");
		assertThat(seeded.stream().map(StoredImport::format).collect(Collectors.toSet())).containsExactlyInAnyOrder("csv", "webset");
		assertThat(seeded.stream().filter(i -> i.entity() != null).map(i -> i.entity().type()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(ImportEntity.TYPES);
		assertThat(seeded).anyMatch(i -> i.entity() == null);
		assertThat(seeded.stream().filter(i -> i.status(NOW).equals("failed")).map(i -> i.outcome().failedReason())
			.collect(Collectors.toSet())).containsExactlyInAnyOrder("invalid_format", "invalid_file_content", "missing_identifier");
		assertThat(seeded).filteredOn(i -> i.entity() != null && i.entity().type().equals("custom"))
			.allMatch(i -> i.entity().description().length() >= 2 && i.entity().description().length() <= 200);
		assertThat(seeded).anyMatch(i -> i.title().length() > 100)
			.anyMatch(i -> !i.title().chars().allMatch(ch -> ch < 128))
			.anyMatch(i -> !i.metadata().isEmpty())
			.anyMatch(i -> i.metadata().isEmpty());
	}

	@Test
	void evenTinySandboxesCoverEveryStatus() {
		assertThat(seed(1, 8).stream().map(i -> i.status(NOW)).collect(Collectors.toSet())).hasSize(4);
	}

	@Test
	void idsAreDeterministicUniqueAndShapedLikeImpIds() {
		List<StoredImport> first = seed(42, 1000);
		assertThat(first).extracting(StoredImport::id).allMatch(id -> id.matches("imp_[0-9a-z]{20}")).doesNotHaveDuplicates();
		assertThat(seed(42, 1000)).extracting(StoredImport::id).isEqualTo(first.stream().map(StoredImport::id).toList());
	}

	@Test
	void createdAtIsSpreadOverPastWeeksAndActiveImportsFinishWithinTwoPeriods() {
		Duration processing = Duration.ofSeconds(10);
		List<StoredImport> seeded = SeedData.generate(42, 300, NOW, processing, new Ids(42));
		assertThat(seeded).allMatch(i -> !i.createdAt().isAfter(NOW));
		assertThat(seeded).anyMatch(i -> i.createdAt().isBefore(NOW.minus(Duration.ofDays(14))));
		assertThat(seeded).allMatch(i -> i.createdAt().isAfter(NOW.minus(Duration.ofDays(28))));
		assertThat(seeded).allMatch(i -> !i.finishAt().isAfter(NOW.plus(processing.multipliedBy(2))));
		assertThat(seeded).allMatch(i -> !i.processingAt().isBefore(i.createdAt()));
	}

	/**
	 * Every seeded import is listed exactly once across many pages. How fast 100,000 imports seed
	 * and list is a benchmark's question (scripts/bench-sandbox), not a unit test's: wall-clock limits
	 * fail on a busy machine.
	 */
	@Test
	void twentyThousandImportsAreListedOnceEachAcrossAHundredPages() {
		try (SandboxServer big = SandboxServer.start(SandboxOptions.defaults().withImports(20_000))) {
			Set<String> ids = new HashSet<>();
			List<String> listed = new ArrayList<>();
			new SandboxClient(big).walk(200, () -> {
			}).forEach(item -> listed.add(item.get("id").stringValue()));
			ids.addAll(listed);
			assertThat(listed).hasSize(20_000);
			assertThat(ids).hasSize(20_000);
		}
	}

	private static List<StoredImport> seed(long seed, int count) {
		return SeedData.generate(seed, count, NOW, Duration.ofSeconds(10), new Ids(seed));
	}
}
