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

	@ParameterizedTest
	@CsvSource({ "1", "65535", "65536", "65537", "200000" })
	void recordsSpanningReadBuffersAreCountedOnce(int padding) throws Exception {
		String text = "url,note\r\n" + "a.com,\"" + "x".repeat(padding) + "\r\n" + "y\"\r\n" + "b.com,z\r\n";
		InputStream trickle = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, 7919));
			}
		};

		assertThat(CsvRows.count(trickle)).isEqualTo(new CsvRows.Count(3, 2));
	}
}
