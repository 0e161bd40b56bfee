package dev.exashell.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Records as RFC 4180 counts them, the same way the sandbox's analyzer (which models the API) does. */
class CsvRowsTests {

	private static CsvRows.Count count(String text) throws Exception {
		return CsvRows.count(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
			"plain LF                       | url,name\\na.com,A\\nb.com,B\\n          | 3 | 2",
			"no final newline               | url,name\\na.com,A\\nb.com,B             | 3 | 2",
			"CRLF                           | url,name\\r\\na.com,A\\r\\nb.com,B\\r\\n | 3 | 2",
			"old Mac CR                     | url,name\\ra.com,A\\rb.com,B\\r          | 3 | 2",
			"quoted newlines stay in a row  | url,note\\na.com,\"line 1\\nline 2\"\\nb.com,\"x\\r\\ny\"\\n | 3 | 2",
			"quoted commas and quotes       | url,note\\na.com,\"a, \"\"b\"\", c\"\\n     | 2 | 2",
			"blank and space-only lines     | \\n\\nurl,name\\n\\n   \\na.com,A\\n\\t\\n | 2 | 2",
			"a BOM is not content           | \\uFEFFurl,name,x\\na.com,A,1\\n          | 2 | 3",
			"a line of only commas counts   | url,name\\n,\\n                           | 2 | 2",
			"a quoted empty field counts    | url\\n\"\"\\n                             | 2 | 1",
			"empty                          | ''                                        | 0 | 0",
			"only blank lines               | \\n \\n\\r\\n                              | 0 | 0",
			"header only                    | url,name,company\\n                      | 1 | 3",
			"non-ASCII                      | url,名前\\nb\u00fccher.de,\"Zoë, 🦊\"\\n    | 2 | 2" })
	void countsRecords(String name, String escaped, long rows, int headerFields) throws Exception {
		String text = escaped.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t").replace("\\uFEFF", "\uFEFF");

		assertThat(count(text)).isEqualTo(new CsvRows.Count(rows, headerFields));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "url\\n\"open | 2", "url,note\\na.com,x\\nb.com,\"a\\nb\\nc | 3", "\"a\"\"\\n | 1" })
	void anUnclosedQuoteNamesTheLineItStartsOn(String escaped, long line) {
		String text = escaped.replace("\\n", "\n");

		assertThatThrownBy(() -> count(text)).isInstanceOfSatisfying(CsvRows.UnclosedQuoteException.class,
				e -> assertThat(e.line()).isEqualTo(line));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
			"a row with more fields         | url,name\\na.com,A,x\\n                      | 2 | 3 fields, the header has 2",
			"a row with fewer fields        | url,name\\na.com\\n                          | 2 | 1 field, the header has 2",
			"after a quoted multi-line field | url,n\\r\\na.com,\"x\\r\\ny\"\\r\\n\\r\\nb.com\\r\\n | 5 | 1 field, the header has 2",
			"a ragged row that spans lines  | url,n\\na.com,x\\n\"a\\nb\",c,d\\n               | 3 | 3 fields, the header has 2",
			"CR line ends                   | url,n\\ra.com,x\\rb.com\\r                     | 3 | 1 field, the header has 2",
			"text after a closing quote     | url,n\\na.com,\"x\"y\\n                      | 2 | text after the closing quote of a field",
			"a blank after a closing quote  | url,n\\na.com,\"x\" \\n                      | 2 | text after the closing quote of a field",
			"a NUL byte                     | url\\na\\u0000b\\n                            | 2 | a NUL byte at byte offset 5",
			"a NUL byte inside quotes       | url\\n\"a\\nb\\u0000\"\\n                     | 3 | a NUL byte at byte offset 8",
			"after a BOM the offset counts it | \\uFEFFurl\\n\\u0000\\n                      | 2 | a NUL byte at byte offset 7" })
	void whatTheApiCallsInvalidFormatIsRefusedWithItsLine(String name, String escaped, long line, String problem) {
		String text = escaped.replace("\\n", "\n").replace("\\r", "\r").replace("\\uFEFF", "\uFEFF")
			.replace("\\u0000", "\0");

		assertThatThrownBy(() -> count(text)).isInstanceOfSatisfying(CsvRows.InvalidCsvException.class, e -> {
			assertThat(e.line()).isEqualTo(line);
			assertThat(e.getMessage()).isEqualTo(problem);
		});
	}

	@ParameterizedTest
	@CsvSource({ "c3, 12", "e2 82, 12", "f0 9f a6, 12", "ff, 12", "80, 12", "c0 80, 12", "ed a0 80, 12" })
	void bytesThatAreNotUtf8AreRefusedWithTheirOffset(String hex, long offset) {
		byte[] head = "url,n\nab,\u00e9\n".getBytes(StandardCharsets.UTF_8); // 12 bytes: é is two
		byte[] bad = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
		byte[] text = new byte[head.length + bad.length + 4];
		System.arraycopy(head, 0, text, 0, head.length);
		System.arraycopy(bad, 0, text, head.length, bad.length);
		System.arraycopy(",x\n\n".getBytes(StandardCharsets.US_ASCII), 0, text, head.length + bad.length, 4);

		assertThatThrownBy(() -> CsvRows.count(new ByteArrayInputStream(text))).isInstanceOfSatisfying(
				CsvRows.InvalidCsvException.class, e -> {
					assertThat(e.line()).isEqualTo(3);
					assertThat(e.getMessage()).isEqualTo("not UTF-8 text at byte offset " + offset);
				});
	}

	@ParameterizedTest
	@CsvSource({ "1", "65535", "65536", "65537", "200000" })
	void aCharacterSplitAcrossReadBuffersIsValid(int padding) throws Exception {
		String text = "url,note\n" + "a.com," + "x".repeat(padding) + "\uD83E\uDD8A\u00e9\n";

		assertThat(CsvRows.count(trickle(text))).isEqualTo(new CsvRows.Count(2, 2));
	}

	@ParameterizedTest
	@CsvSource({ "1", "65535", "65536", "65537", "200000" })
	void recordsSpanningReadBuffersAreCountedOnce(int padding) throws Exception {
		String text = "url,note\r\n" + "a.com,\"" + "x".repeat(padding) + "\r\n" + "y\"\r\n" + "b.com,z\r\n";
		assertThat(CsvRows.count(trickle(text))).isEqualTo(new CsvRows.Count(3, 2));
	}

	/** The text in reads of at most 7,919 bytes. */
	private static InputStream trickle(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, 7919));
			}
		};
	}
}
