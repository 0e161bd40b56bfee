package dev.exashell.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** Body of {@code PATCH /v0/imports/{id}}: only the fields given are sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateImportRequest(String title, Map<String, String> metadata) {
}
