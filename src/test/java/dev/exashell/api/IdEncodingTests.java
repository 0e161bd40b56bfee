package dev.exashell.api;

import static dev.exashell.api.StubServer.json;
import static dev.exashell.api.TestClients.IMPORT_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exashell.testing.FakeClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids travel as exactly one path segment, whatever they contain. */
class IdEncodingTests {

	private final StubServer stub = new StubServer();

	private final ExaClient client = TestClients.client(stub, new FakeClock(), HttpTrace.NONE);

	@AfterEach
	void stop() {
		stub.close();
	}

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			imp_AZaz09-._~ | imp_AZaz09-._~
			a/b            | a%2Fb
			what?x=1       | what%3Fx%3D1
			a#frag         | a%23frag
			..             | %2E%2E
			.              | %2E
			...            | ...
			a.b            | a.b
			100%           | 100%25
			"a b"          | a%20b
			é              | %C3%A9
			日本           | %E6%97%A5%E6%9C%AC
			+&;=:@         | %2B%26%3B%3D%3A%40
			""")
	void sendsTheIdAsOneSegment(String id, String rawSegment) {
		stub.enqueue(json(200, IMPORT_JSON));

		client.get(id);

		assertThat(stub.onlyRequest().rawPath()).isEqualTo("/websets/v0/imports/" + rawSegment);
	}

	@Test
	void dotSegmentsAreNotResolvedOnUpdateOrDelete() {
		stub.enqueue(json(200, IMPORT_JSON), json(200, IMPORT_JSON));

		client.update("..", new UpdateImportRequest("t", null));
		client.delete(".");

		assertThat(stub.requests()).extracting(StubServer.Recorded::rawPath)
			.containsExactly("/websets/v0/imports/%2E%2E", "/websets/v0/imports/%2E");
	}

	@Test
	void encodesATenThousandCharacterIdAsOneSegment() {
		String id = "a/b é?".repeat(1667).substring(0, 10_000);
		stub.enqueue(json(200, IMPORT_JSON));

		client.get(id);

		String expected = "/websets/v0/imports/" + "a%2Fb%20%C3%A9%3F".repeat(1666) + "a%2Fb%20";
		String rawPath = stub.onlyRequest().rawPath();
		assertThat(rawPath.equals(expected)).as("raw path of %d chars is the id as one segment", rawPath.length())
			.isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\t" })
	void rejectsABlankIdWithoutSending(String id) {
		assertThatThrownBy(() -> client.get(id)).isInstanceOf(InvalidInputException.class)
			.hasMessage("import id must not be blank");
		assertThatThrownBy(() -> client.delete(id)).isInstanceOf(InvalidInputException.class);
		assertThat(stub.requests()).isEmpty();
	}

	@Test
	void rejectsANullId() {
		assertThatThrownBy(() -> client.update(null, new UpdateImportRequest("t", null)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(stub.requests()).isEmpty();
	}
}
