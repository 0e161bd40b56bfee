package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates bodies against {@code sandbox/imports-api.schema.json} (written from the spec), date-time formats asserted. */
final class SchemaCheck {

	private static final String ID = "https://exa-shell.dev/sandbox/imports-api.schema.json";

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder.schemas(Map.of(ID, load()))
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

	private SchemaCheck() {
	}

	/** Asserts {@code json} is valid against {@code $defs/<definition>}: Import, CreateImportResponse, ListImportsResponse or Error. */
	static void assertValid(String definition, String json) {
		Schema schema = SCHEMAS.computeIfAbsent(definition,
				name -> REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/" + name)));
		List<Error> errors = schema.validate(json, InputFormat.JSON);
		assertThat(errors).as("%s errors for %s", definition, json.length() > 600 ? json.substring(0, 600) + "..." : json)
			.isEmpty();
	}

	static List<Error> errors(String definition, String json) {
		return REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/" + definition)).validate(json, InputFormat.JSON);
	}

	private static String load() {
		try (InputStream in = SchemaCheck.class.getResourceAsStream("/sandbox/imports-api.schema.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
