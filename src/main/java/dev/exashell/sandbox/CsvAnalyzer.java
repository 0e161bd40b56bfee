package dev.exashell.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides how an uploaded file ends, the way the sandbox documents it:
 * <ul>
 * <li>{@code invalid_format}: not UTF-8, contains a NUL byte, an unterminated quoted field, text
 * after a closing quote, or a row whose field count differs from the header's;</li>
 * <li>{@code invalid_file_content}: empty (or only blank lines), or a header and no data rows;</li>
 * <li>{@code missing_identifier}: no data value looks like a URL ({@code http://}, {@code https://}
 * or a bare domain such as {@code example.com}); with {@code csv.identifier} only that column counts;</li>
 * <li>otherwise completed, {@code count} = data rows (RFC 4180: a quoted newline stays in its row;
 * CRLF, LF or CR line ends; blank or whitespace-only lines ignored; a leading UTF-8 BOM ignored).</li>
 * </ul>
 */
final class CsvAnalyzer {

	private static final Pattern URL = Pattern.compile("(?i)^(https?://\\S+|(www\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}([/:?#]\\S*)?)$");

	private CsvAnalyzer() {
	}

	static Outcome analyze(byte[] bytes, Integer identifierColumn) {
		for (byte b : bytes) {
			if (b == 0) {
				return Outcome.failed(Outcome.INVALID_FORMAT, "The file is not CSV text: it contains NUL bytes.");
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			return Outcome.failed(Outcome.INVALID_FORMAT, "The file is not CSV text: it is not valid UTF-8.");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> rows;
		try {
			rows = parse(text);
		}
		catch (IllegalArgumentException ex) {
			return Outcome.failed(Outcome.INVALID_FORMAT, "The file is not valid CSV: " + ex.getMessage());
		}
		if (rows.isEmpty()) {
			return Outcome.failed(Outcome.INVALID_FILE_CONTENT, "The file is empty.");
		}
		if (rows.size() == 1) {
			return Outcome.failed(Outcome.INVALID_FILE_CONTENT, "The file has a header row but no data rows.");
		}
		int columns = rows.get(0).size();
		for (int i = 1; i < rows.size(); i++) {
			if (rows.get(i).size() != columns) {
				return Outcome.failed(Outcome.INVALID_FORMAT, "The file is not valid CSV: data row " + i + " has "
						+ rows.get(i).size() + " fields but the header has " + columns + ".");
			}
		}
		if (!hasIdentifier(rows, identifierColumn)) {
			String where = identifierColumn == null ? "No column" : "Column " + identifierColumn;
			return Outcome.failed(Outcome.MISSING_IDENTIFIER,
					where + " contains URLs; each row needs a URL (e.g. https://example.com or example.com) identifying the entity.");
		}
		return Outcome.completed(rows.size() - 1);
	}

	static boolean looksLikeUrl(String value) {
		return URL.matcher(value.strip()).matches();
	}

	private static boolean hasIdentifier(List<List<String>> rows, Integer column) {
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (column == null) {
				for (String value : row) {
					if (looksLikeUrl(value)) {
						return true;
					}
				}
			}
			else if (column < row.size() && looksLikeUrl(row.get(column))) {
				return true;
			}
		}
		return false;
	}

	/** RFC 4180 records; blank lines are skipped. Throws IllegalArgumentException on broken quoting. */
	static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean afterQuote = false;
		boolean rowHasContent = false;
		int line = 1;
		int quoteLine = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
						afterQuote = true;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				continue;
			}
			if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
				afterQuote = false;
				rowHasContent = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (rowHasContent || !field.toString().isBlank()) {
					row.add(field.toString());
					rows.add(row);
				}
				row = new ArrayList<>();
				field.setLength(0);
				afterQuote = false;
				rowHasContent = false;
				line++;
			}
			else if (afterQuote) {
				throw new IllegalArgumentException("unexpected character after a closing quote on line " + line + ".");
			}
			else if (c == '"' && field.length() == 0) {
				quoted = true;
				quoteLine = line;
				rowHasContent = true;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("the quoted field starting on line " + quoteLine + " is never closed.");
		}
		if (rowHasContent || !field.toString().isBlank()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
