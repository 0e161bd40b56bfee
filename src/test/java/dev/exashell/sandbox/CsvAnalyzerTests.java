package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvAnalyzerTests {

	@Test
	void quotedFieldsKeepCommasQuotesAndNewlinesInOneRow() {
		List<List<String>> rows = CsvAnalyzer.parse("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",\n");
		assertThat(rows).containsExactly(List.of("a", "b"), List.of("x,1", "say \"hi\""), List.of("two\r\nlines", ""));
	}

	@Test
	void blankLinesAreSkippedAndTheLastLineNeedsNoNewline() {
		assertThat(CsvAnalyzer.parse("a\n\n   \nb")).containsExactly(List.of("a"), List.of("b"));
		assertThat(CsvAnalyzer.parse("a\rb\r")).containsExactly(List.of("a"), List.of("b"));
		assertThat(CsvAnalyzer.parse("")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "url\\nacme.com|1", "name,url\\nA,https://a.io\\nB,http://b.io/x?y=1\\n|2",
			"\uFEFFurl\\nwww.example.co.uk\\n|1", "name,url\\n\"A\\nB\",acme.com\\n\"C\",\\n|2", "url\\r\\nacme.com\\r\\n\\r\\n|1" })
	void completedCountsDataRows(String csv, long rows) {
		assertThat(CsvAnalyzer.analyze(bytes(csv), null)).isEqualTo(Outcome.completed(rows));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "|invalid_file_content", "\\n\\n|invalid_file_content",
			"name,url|invalid_file_content", "name\\nAcme|missing_identifier", "name,n\\nAcme,1.5\\n|missing_identifier",
			"a,b\\n1\\n|invalid_format", "a\\n\"open|invalid_format", "a\\n\"x\"y|invalid_format" })
	void failuresNameTheirReason(String csv, String reason) {
		Outcome outcome = CsvAnalyzer.analyze(bytes(csv == null ? "" : csv), null);
		assertThat(outcome.failedReason()).isEqualTo(reason);
		assertThat(outcome.failedMessage()).isNotBlank().endsWith(".");
		assertThat(outcome.count()).isZero();
	}

	@Test
	void nulBytesAndBadUtf8AreNotCsvText() {
		assertThat(CsvAnalyzer.analyze(new byte[] { 'a', 0, 'b' }, null).failedReason()).isEqualTo("invalid_format");
		assertThat(CsvAnalyzer.analyze(new byte[] { 'u', '\n', (byte) 0xFF, '.', 'c', 'o' }, null).failedReason())
			.isEqualTo("invalid_format");
	}

	@Test
	void anIdentifierColumnRestrictsWhereUrlsCount() {
		byte[] csv = bytes("name,url\\nAcme,acme.com\\n");
		assertThat(CsvAnalyzer.analyze(csv, 1)).isEqualTo(Outcome.completed(1));
		assertThat(CsvAnalyzer.analyze(csv, 0).failedReason()).isEqualTo("missing_identifier");
		assertThat(CsvAnalyzer.analyze(csv, 7).failedReason()).isEqualTo("missing_identifier");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://acme.com", "http://x.io/a/b", "acme.com", "www.acme.co.uk", "sub.domain.example.org/path",
			" example.com " })
	void urlsAndDomainsCountAsIdentifiers(String value) {
		assertThat(CsvAnalyzer.looksLikeUrl(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Acme Inc", "1.5", "", "ftp://acme.com", "J. Smith", "acme", "-acme.com" })
	void otherValuesDoNot(String value) {
		assertThat(CsvAnalyzer.looksLikeUrl(value)).isFalse();
	}

	private static byte[] bytes(String escaped) {
		return escaped.replace("\\r", "\r").replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
	}
}
