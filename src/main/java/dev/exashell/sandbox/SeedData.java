package dev.exashell.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The imports a sandbox starts with, a pure function of (seed, count, now, processing). The first
 * eight cover every status, format, entity type (and a null entity) and failure reason; the rest
 * are drawn at random. Finished imports were created 1 hour to 28 days ago; {@code processing}
 * ones finish within one processing period of {@code now}, {@code pending} ones start processing
 * within one period and finish within two.
 */
final class SeedData {

	private static final long MINUTE = 60_000L;
	private static final long HOUR = 60 * MINUTE;
	private static final long DAY = 24 * HOUR;

	/** status, format, entity type (null = no entity), failure reason; for the coverage prefix. */
	private record Plan(String status, String format, String entity, String reason) {
	}

	private static final List<Plan> COVERAGE = List.of(new Plan("completed", "csv", "company", null),
			new Plan("failed", "csv", "person", Outcome.INVALID_FORMAT),
			new Plan("failed", "csv", "article", Outcome.INVALID_FILE_CONTENT),
			new Plan("failed", "csv", "research_paper", Outcome.MISSING_IDENTIFIER),
			new Plan("processing", "csv", "custom", null), new Plan("pending", "csv", "company", null),
			new Plan("completed", "webset", "custom", null), new Plan("completed", "webset", null, null));

	private static final List<String> REASONS = List.of(Outcome.INVALID_FORMAT, Outcome.INVALID_FILE_CONTENT,
			Outcome.MISSING_IDENTIFIER);

	private final SplittableRandom random;
	private final Instant now;
	private final long processingMillis;

	private SeedData(long seed, Instant now, Duration processing) {
		this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
		this.now = now;
		this.processingMillis = processing.toMillis();
	}

	static List<StoredImport> generate(long seed, int count, Instant now, Duration processing, Ids ids) {
		SeedData data = new SeedData(seed, now, processing);
		List<StoredImport> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Plan plan = i < COVERAGE.size() ? COVERAGE.get(i) : data.randomPlan();
			out.add(data.build(ids.nextImportId(), plan));
		}
		return out;
	}

	private Plan randomPlan() {
		int roll = random.nextInt(100);
		String status = roll < 6 ? "pending" : roll < 15 ? "processing" : roll < 30 ? "failed" : "completed";
		String format = random.nextInt(100) < 12 ? "webset" : "csv";
		String entity = SeedText.entityType(random);
		if (format.equals("webset") && random.nextInt(6) == 0) {
			entity = null;
		}
		String reason = status.equals("failed") ? REASONS.get(random.nextInt(REASONS.size())) : null;
		return new Plan(status, format, entity, reason);
	}

	private StoredImport build(String id, Plan plan) {
		ImportEntity entity = plan.entity() == null ? null
				: plan.entity().equals("custom") ? ImportEntity.custom(SeedText.customDescription(random))
						: ImportEntity.of(plan.entity());
		String title = SeedText.title(random);
		Map<String, String> metadata = random.nextInt(100) < 30 ? SeedText.metadata(random) : new LinkedHashMap<>();
		long declared = 1 + random.nextInt(random.nextInt(10) == 0 ? 100_000 : 5_000);
		Instant createdAt;
		Instant processingAt;
		Instant finishAt;
		Outcome outcome;
		switch (plan.status()) {
			case "pending" -> {
				createdAt = now.minusMillis(1_000 + random.nextLong(10 * MINUTE));
				processingAt = now.plusMillis(upTo(processingMillis));
				finishAt = processingAt.plusMillis(processingMillis);
				outcome = randomOutcome(declared);
			}
			case "processing" -> {
				processingAt = now.minusMillis(upTo(processingMillis));
				finishAt = processingAt.plusMillis(processingMillis);
				createdAt = processingAt.minusMillis(1_000 + random.nextLong(10 * MINUTE));
				outcome = randomOutcome(declared);
			}
			default -> {
				createdAt = now.minusMillis(HOUR + random.nextLong(28 * DAY - HOUR));
				processingAt = createdAt.plusMillis(2_000 + random.nextLong(10 * MINUTE));
				finishAt = processingAt.plusMillis(5_000 + random.nextLong(45 * MINUTE));
				outcome = plan.reason() == null ? Outcome.completed(declared)
						: Outcome.failed(plan.reason(), SeedText.failureMessage(plan.reason(), random));
			}
		}
		return new StoredImport(id, plan.format(), entity, title, metadata, createdAt, declared, null, processingAt,
				finishAt, outcome, null, null, null);
	}

	/** Active seeded imports mostly complete; about one in five fails. */
	private Outcome randomOutcome(long declared) {
		if (random.nextInt(5) > 0) {
			return Outcome.completed(declared);
		}
		String reason = REASONS.get(random.nextInt(REASONS.size()));
		return Outcome.failed(reason, SeedText.failureMessage(reason, random));
	}

	private long upTo(long bound) {
		return bound <= 0 ? 0 : random.nextLong(bound);
	}
}
