package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Import;
import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxServer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** create: the requests it sends (POST, then the upload), what it shows, and every file it refuses before any request. */
class CreateTests {

	static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	static final String COMPANIES = "url,name\nhttps://acme.example,Acme\nglobex.example,Globex\n";

	private static SandboxServer sandbox;

	@TempDir
	Path dir;

	@BeforeAll
	static void startSandbox() {
		sandbox = TestShell.startSandbox();
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@BeforeEach
	void resetSandbox() {
		sandbox.reset();
	}

	private Path file(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}

	private static Result json(String line) {
		return TestShell.of(sandbox, OutputFormat.JSON, false).run(line);
	}

	@ParameterizedTest
	@ValueSource(strings = { "company", "person", "article", "research_paper", "custom" })
	void eachEntityTypeIsCreatedUploadedAndShown(String type) throws IOException {
		Path csv = file("in.csv", COMPANIES);
		String description = type.equals("custom") ? " --description 'companies we met'" : "";

		Result result = json("create " + csv + " --entity " + type + description + " --title 'Q3 leads'"
				+ " --metadata source=crm --metadata owner=ana --identifier 0");

		assertThat(result.code()).isZero();
		Import shown = JSON.readValue(result.out(), Import.class);
		assertThat(shown.status().value()).isEqualTo("processing");
		assertThat(shown.entity().type()).isEqualTo(type);
		assertThat(shown.title()).isEqualTo("Q3 leads");
		assertThat(shown.metadata()).isEqualTo(java.util.Map.of("source", "crm", "owner", "ana"));
		assertThat(result.err()).isEqualTo("created " + shown.id() + " from in.csv (2 rows, 57 bytes) and uploaded it\n");
		List<RecordedRequest> requests = sandbox.requests();
		assertThat(requests).extracting(r -> r.method() + " " + r.path().replaceAll("imp_\\w+", "ID"))
			.containsExactly("POST /websets/v0/imports", "PUT /_upload/ID", "GET /websets/v0/imports/ID");
		JsonNode body = JSON.readTree(requests.get(0).bodyText());
		assertThat(body.get("size").asLong()).isEqualTo(Files.size(csv)).isEqualTo(57);
		assertThat(body.get("count").asLong()).isEqualTo(2);
		assertThat(body.get("format").asString()).isEqualTo("csv");
		assertThat(body.get("entity").get("type").asString()).isEqualTo(type);
		assertThat(body.get("entity").has("description")).isEqualTo(type.equals("custom"));
		assertThat(body.get("csv").get("identifier").asInt()).isZero();
		assertThat(requests.get(1).header("content-type")).isEqualTo("text/csv");
		assertThat(requests.get(1).body()).isEqualTo(Files.readAllBytes(csv));
	}

	@Test
	void quotedNewlinesDoNotMakeRowsAndTheCountIsWhatTheServerCounts() throws IOException {
		Path csv = file("notes.csv", "url,note\r\nacme.example,\"first line\r\nsecond line\"\r\n"
				+ "globex.example,\"a, \"\"quoted\"\" word\nand more\"\r\n\r\ninitech.example,plain\r\n");

		Result result = json("create " + csv + " --entity company");

		assertThat(result.code()).isZero();
		assertThat(JSON.readTree(sandbox.requests().get(0).bodyText()).get("count").asLong()).isEqualTo(3);
		Import shown = JSON.readValue(result.out(), Import.class);
		assertThat(shown.count()).isEqualTo(3);
	}

	@Test
	void onATerminalTheNewImportIsShownAsShowShowsIt() throws IOException {
		Path csv = file("in.csv", COMPANIES);
		TestShell shell = TestShell.terminal(sandbox);

		Result created = shell.run("create " + csv + " --entity company");
		String id = created.err().split(" ")[1];

		assertThat(created.out()).startsWith("ID         " + id + "\nStatus     ● processing\n");
		assertThat(shell.run("show " + id).out()).isEqualTo(created.out());
	}

	@Test
	void aLargeFileShowsAProgressLineOnATerminalThatIsClearedAtTheEnd() throws IOException {
		StringBuilder text = new StringBuilder("url,note\n");
		while (text.length() < 1_500_000) {
			text.append("https://example.com/").append(text.length()).append(",some words about this row\n");
		}
		Path csv = file("big.csv", text.toString());

		Result result = TestShell.terminal(sandbox).run("create " + csv + " --entity company");

		assertThat(result.code()).isZero();
		assertThat(result.err()).contains("\r\033[Kuploading big.csv: ").contains(" of 1.5 MB (100%)")
			.contains("\r\033[Kcreated imp_");
		assertThat(TestShell.piped(sandbox).run("create " + csv + " --entity company").err()).doesNotContain("uploading");
	}

	@Test
	void aFileOfExactly50MillionBytesIsNotRefusedForItsSize() throws IOException {
		Path csv = file("edge.csv", "");
		try (RandomAccessFile raf = new RandomAccessFile(csv.toFile(), "rw")) {
			raf.setLength(50_000_000);
		}
		Result result = json("create " + csv + " --entity company");

		// 50,000,000 zero bytes are refused as binary, but not for their size
		assertThat(result).isEqualTo(new Result(2, "", "error: " + csv + ":1: a NUL byte at byte offset 0\n"
				+ "hint: save the file as CSV text in UTF-8\n"));
	}

	@Test
	void lengthsAreCountedInCharactersAsTheApiCountsThem() throws IOException {
		String fox = "\uD83E\uDD8A"; // one character, two UTF-16 units
		Path csv = file("in.csv", COMPANIES);

		Result result = json("create " + csv + " --entity custom --description " + fox.repeat(200) + " --metadata "
				+ fox + "=" + fox.repeat(1000));

		assertThat(result.code()).as(result.err()).isZero();
		JsonNode body = JSON.readTree(sandbox.requests().get(0).bodyText());
		assertThat(body.get("entity").get("description").asString()).isEqualTo(fox.repeat(200));
		assertThat(body.get("metadata").get(fox).asString()).isEqualTo(fox.repeat(1000));
	}

	@Test
	void theUploadGoesToTheUploadUrlWithoutTheKey() throws IOException {
		json("create " + file("in.csv", COMPANIES) + " --entity company");

		RecordedRequest upload = sandbox.requests().get(1);
		assertThat(upload.path()).startsWith("/_upload/");
		assertThat(upload.header("x-api-key")).isNull();
		assertThat(upload.header("authorization")).isNull();
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
