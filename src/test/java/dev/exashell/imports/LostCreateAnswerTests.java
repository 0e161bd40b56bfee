package dev.exashell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ApiIoException;
import dev.exashell.api.CreateImportRequest;
import dev.exashell.api.CreatedImport;
import dev.exashell.api.Entity;
import dev.exashell.api.ExaException;
import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.api.ImportStatus;
import dev.exashell.api.ImportsApi;
import dev.exashell.api.InvalidDataException;
import dev.exashell.api.ServerException;
import dev.exashell.api.UnreadableCreateAnswerException;
import dev.exashell.api.UpdateImportRequest;
import dev.exashell.cli.CliException;
import dev.exashell.testing.TestTime;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What create says when its answer is lost: the lookup it makes (GETs only) and what it found. */
class LostCreateAnswerTests {

	private static final Instant SENT = TestTime.NOW;
	private static final CreateImportRequest REQUEST = new CreateImportRequest("csv", new Entity("company", null), 57, 2,
			"Q3", Map.of("source", "crm"), null);
	private static final ApiIoException DROPPED = new ApiIoException(
			"request to 127.0.0.1:1 failed: fixed content-length: 438, bytes received: 0", new IOException("eof"));

	private final List<String> calls = new ArrayList<>();

	private static Import pending(String id, Instant created, String title, long count, Map<String, String> metadata) {
		return new Import(id, "import", ImportStatus.PENDING, "csv", new Entity("company", null), title, count, metadata,
				null, null, null, created, created);
	}

	private static Import pending(String id, Instant created) {
		return pending(id, created, "Q3", 2, Map.of("source", "crm"));
	}

	@Test
	void a201WhoseIdCannotBeReadStillSaysTheImportExists() {
		byte[] cutOff = "{\"object\":\"import\",\"id\":\"imp_05pf0n".getBytes(StandardCharsets.UTF_8);

		CliException said = explain(new UnreadableCreateAnswerException(201, cutOff, new InvalidDataException("cut")),
				List.of(page(false)));

		assertThat(said.exitCode()).isEqualTo(1);
		assertThat(said.getMessage())
			.isEqualTo("the answer to create was lost, but the import exists (HTTP 201); its id could not be read");
		assertThat(said.hint()).isEqualTo("it is pending and not uploaded: find it with exa-shell list");
		assertThat(calls).containsExactly("list null 50");
	}

	@Test
	void theDeleteHintQuotesAnIdTheLineSplitterWouldSplit() {
		CliException said = explain(DROPPED, List.of(page(false, pending("imp it's", SENT))));

		assertThat(said.getMessage())
			.isEqualTo("the answer to create was lost, but the import exists: imp it's (pending, not uploaded)");
		assertThat(said.hint()).isEqualTo("delete it with: exa-shell delete 'imp it'\\''s' --yes");
	}

	@Test
	void onlyPendingImportsCreatedSinceJustBeforeTheRequestThatMatchItAreNamed() {
		Instant justBefore = SENT.minus(LostCreateAnswer.CLOCK_SKEW);
		ImportPage newest = page(true, pending("imp_a", SENT.plusSeconds(1)),
				pending("imp_title", SENT, "Q4", 2, Map.of("source", "crm")),
				pending("imp_count", SENT, "Q3", 3, Map.of("source", "crm")),
				pending("imp_meta", SENT, "Q3", 2, Map.of()),
				new Import("imp_done", "import", ImportStatus.COMPLETED, "csv", new Entity("company", null), "Q3", 2,
						Map.of("source", "crm"), null, null, null, SENT, SENT),
				pending("imp_b", justBefore));
		ImportPage older = page(true, pending("imp_c", justBefore), pending("imp_old", justBefore.minusMillis(1)));

		CliException said = explain(DROPPED, List.of(newest, older, page(false)));

		assertThat(said.getMessage()).isEqualTo("the answer to create was lost, but 3 imports that match it exist: "
				+ "imp_a, imp_b, imp_c (pending, not uploaded)");
		assertThat(said.hint()).isEqualTo("delete the ones you do not want with: exa-shell delete ID --yes");
		assertThat(calls).containsExactly("list null 50", "list cursor1 50");
	}

	@Test
	void aCursorSeenBeforeEndsTheLookup() {
		ImportPage same = page(true, pending("imp_a", SENT));

		CliException said = explain(DROPPED, List.of(same, same, same, same));

		assertThat(said.getMessage())
			.isEqualTo("the answer to create was lost, but the import exists: imp_a (pending, not uploaded)");
		assertThat(calls).containsExactly("list null 50", "list cursor1 50");
	}

	@Test
	void whenNoneMatchesItSaysSo() {
		CliException said = explain(DROPPED, List.of(page(false, pending("imp_old", SENT.minusSeconds(3600)))));

		assertThat(said.getMessage()).isEqualTo("the answer to create was lost (request to 127.0.0.1:1 failed: fixed "
				+ "content-length: 438, bytes received: 0); no import matching it was found");
		assertThat(said.hint()).isEqualTo("it was most likely not created: run create again");
	}

	@Test
	void aRequestThatNeverLeftOrAnAnswerTheServerGaveIsNotLookedFor() {
		List<ExaException> failures = List.of(
				new ApiIoException("could not connect to 127.0.0.1:1: connection refused", new ConnectException("refused")),
				new ApiIoException("could not connect to 127.0.0.1:1: timed out after 10s",
						new HttpConnectTimeoutException("timed out")),
				new ApiIoException("interrupted while waiting for 127.0.0.1:1", new InterruptedException()),
				new ServerException(500, "boom", null, null, null));
		for (ExaException failure : failures) {
			assertThat(LostCreateAnswer.explain(api(List.of()), REQUEST, SENT, failure)).isSameAs(failure);
		}
		assertThat(calls).isEmpty();
	}

	private CliException explain(ExaException failure, List<ImportPage> pages) {
		RuntimeException said = LostCreateAnswer.explain(api(pages), REQUEST, SENT, failure);
		assertThat(said).isInstanceOf(CliException.class);
		return (CliException) said;
	}

	private static ImportPage page(boolean more, Import... items) {
		return new ImportPage(List.of(items), more, more ? "cursor1" : null);
	}

	/** Lists {@code pages} one after the other and records each call; anything else is a failure. */
	private ImportsApi api(List<ImportPage> pages) {
		return new ImportsApi() {
			public ImportPage list(String cursor, Integer limit) {
				calls.add("list " + cursor + " " + limit);
				return pages.get(calls.size() - 1);
			}

			public Import get(String id) {
				throw new AssertionError("get " + id);
			}

			public CreatedImport create(CreateImportRequest request) {
				throw new AssertionError("a second create");
			}

			public Import update(String id, UpdateImportRequest request) {
				throw new AssertionError("update " + id);
			}

			public Import delete(String id) {
				throw new AssertionError("delete " + id);
			}

			public void upload(String uploadUrl, byte[] csv) {
				throw new AssertionError("upload");
			}
		};
	}
}
