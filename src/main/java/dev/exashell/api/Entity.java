package dev.exashell.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What an import's rows are resolved as; {@code description} only for {@code custom}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String type, String description) {

	public static Entity of(String type) {
		return new Entity(type, null);
	}
}
