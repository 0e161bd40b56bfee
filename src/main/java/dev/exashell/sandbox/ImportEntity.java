package dev.exashell.sandbox;

import java.util.List;

/** The sandbox's own entity value: {@code description} is set for {@code custom} only. */
record ImportEntity(String type, String description) {

	static final List<String> TYPES = List.of("company", "person", "article", "research_paper", "custom");

	static ImportEntity of(String type) {
		return new ImportEntity(type, null);
	}

	static ImportEntity custom(String description) {
		return new ImportEntity("custom", description);
	}
}
