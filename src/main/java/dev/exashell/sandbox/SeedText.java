package dev.exashell.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Word lists for seeded imports: titles (some long, some non-ASCII), descriptions, metadata. */
final class SeedText {

	private static final List<String> SUBJECTS = List.of("Fintech leads", "Conference attendees", "Seed-stage founders",
			"Enterprise accounts", "Research papers on LLM evals", "Competitor list", "Newsletter authors",
			"Partner pipeline", "Hiring managers", "Podcast guests", "Customer advisory board", "Churned accounts",
			"Climate tech startups", "Press contacts", "Open-source maintainers", "Hospital procurement");

	private static final List<String> QUALIFIERS = List.of("Q1 2026", "Q2 2026", "Q3 2026", "EMEA", "APAC", "US West",
			"from HubSpot export", "(dedup)", "v2", "final", "for outreach", "batch 7");

	private static final List<String> SPECIAL_TITLES = List.of("Société Générale — fournisseurs stratégiques",
			"Müller & Söhne Leads (Düsseldorf)", "東京のAIスタートアップ一覧", "Лиды: Москва и Санкт-Петербург",
			"Empresas de São Paulo — ação 2026", "🚀 Launch partners", "Acme, Inc. \"priority\" accounts", "x",
			"All companies that exhibited at the 2025 and 2026 editions of the European Industrial Automation and "
					+ "Robotics Trade Fair, merged from three badge-scan exports and cleaned of duplicates by hand");

	private static final List<String> DESCRIPTIONS = List.of("Series A fintech startups in Europe",
			"Open-source maintainers with more than 1,000 GitHub stars",
			"Hospitals in Bavaria with a cardiology department", "Podcasts about climate technology",
			"Restaurants in Lisbon with a Michelin star", "B2B SaaS companies that use Snowflake",
			"Research labs working on protein folding", "VC",
			"Family-owned manufacturers of precision machine parts in northern Italy, Switzerland and southern Germany "
					+ "that export to North America and have between fifty and five hundred employees");

	private static final List<String> OWNERS = List.of("alice", "bob", "chloé", "dmitri", "eun-ji", "farah");

	private static final List<String> SOURCES = List.of("crm", "hubspot", "salesforce", "manual", "conference-scan");

	private static final List<String> MESSAGES_INVALID_FORMAT = List.of(
			"The file is not valid CSV: data row 12 has 5 fields but the header has 4.",
			"The file is not CSV text: it is not valid UTF-8.",
			"The file is not valid CSV: the quoted field starting on line 3 is never closed.");

	private static final List<String> MESSAGES_INVALID_CONTENT = List.of("The file is empty.",
			"The file has a header row but no data rows.");

	private SeedText() {
	}

	static String entityType(SplittableRandom random) {
		int roll = random.nextInt(100);
		return roll < 35 ? "company" : roll < 60 ? "person" : roll < 75 ? "article" : roll < 85 ? "research_paper" : "custom";
	}

	static String title(SplittableRandom random) {
		if (random.nextInt(100) < 8) {
			return pick(SPECIAL_TITLES, random);
		}
		String subject = pick(SUBJECTS, random);
		return random.nextBoolean() ? subject : subject + " — " + pick(QUALIFIERS, random);
	}

	static String customDescription(SplittableRandom random) {
		return pick(DESCRIPTIONS, random);
	}

	static Map<String, String> metadata(SplittableRandom random) {
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("owner", pick(OWNERS, random));
		if (random.nextBoolean()) {
			metadata.put("source", pick(SOURCES, random));
		}
		if (random.nextInt(4) == 0) {
			metadata.put("campaign", "spring-" + (2024 + random.nextInt(3)));
		}
		if (random.nextInt(20) == 0) {
			metadata.put("notes", "Imported for the quarterly review; rows without a website were dropped before "
					+ "upload, and the remaining ones were checked against the CRM for duplicates. Ask the owner before "
					+ "deleting: the same list feeds the nurture campaign and the partner dashboard.");
		}
		return metadata;
	}

	static String failureMessage(String reason, SplittableRandom random) {
		return switch (reason) {
			case Outcome.INVALID_FORMAT -> pick(MESSAGES_INVALID_FORMAT, random);
			case Outcome.INVALID_FILE_CONTENT -> pick(MESSAGES_INVALID_CONTENT, random);
			default -> "No column contains URLs; each row needs a URL (e.g. https://example.com or example.com) "
					+ "identifying the entity.";
		};
	}

	private static String pick(List<String> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}
}
