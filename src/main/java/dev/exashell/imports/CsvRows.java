package dev.exashell.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a CSV file as RFC 4180 does and as the API will, streaming, without keeping any of it:
 * counts its records and refuses what the API would fail as {@code invalid_format} (see the
 * sandbox's analyzer, which models it): bytes that are not UTF-8, a NUL byte, an unclosed quote,
 * text after a closing quote, a row whose field count differs from the header's. A quoted field
 * may hold commas, doubled quotes and line breaks, which do not end the record; CRLF, LF and CR
 * all end a record; blank (or whitespace-only) lines and a leading UTF-8 byte order mark are
 * ignored. Works on bytes: in UTF-8 the bytes of {@code " , CR LF NUL} never occur inside another
 * character.
 */
final class CsvRows {

	/** @param rows every record, the header included; @param headerFields the first record's fields */
	record Count(long rows, int headerFields) {
	}

	/** Something the API would refuse as {@code invalid_format}, found on {@code line} (1-based). */
	static class InvalidCsvException extends Exception {

		private final long line;
		private final String hint;

		InvalidCsvException(long line, String problem, String hint) {
			super(problem, null, false, false);
			this.line = line;
			this.hint = hint;
		}

		long line() {
			return line;
		}

		String hint() {
			return hint;
		}
	}

	/** A quoted field that is still open at the end of the file; {@code line} is where it starts. */
	static final class UnclosedQuoteException extends InvalidCsvException {

		UnclosedQuoteException(long line) {
			super(line, "unclosed quote from line " + line, "close the quote, or double it (\"\") inside a quoted field");
		}
	}

	private static final String NOT_TEXT = "save the file as CSV text in UTF-8";

	private static final byte[] BOM = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };

	private long rows;
	private int headerFields;
	private int fields = 1;
	private long line = 1;
	private long rowLine = 1;
	private long quoteLine;
	private boolean quoted;
	private boolean quoteMayClose;
	private boolean afterQuote;
	private boolean content;
	private boolean fieldStarted;
	private boolean skipLf;

	private CsvRows() {
	}

	static Count count(InputStream raw) throws IOException, InvalidCsvException {
		InputStream in = new BufferedInputStream(raw, 64 * 1024);
		in.mark(BOM.length);
		long offset = BOM.length;
		if (!Arrays.equals(in.readNBytes(BOM.length), BOM)) {
			in.reset();
			offset = 0;
		}
		CsvRows reader = new CsvRows();
		Utf8Check utf8 = new Utf8Check();
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = in.read(buffer)) >= 0) {
			int valid = utf8.validPrefix(buffer, read);
			reader.read(buffer, Math.max(valid, 0), offset);
			if (valid < read) {
				throw notUtf8(reader.line, offset + valid);
			}
			offset += read;
		}
		if (!utf8.complete()) {
			throw notUtf8(reader.line, offset - utf8.pending());
		}
		return reader.finish();
	}

	private static InvalidCsvException notUtf8(long line, long offset) {
		return new InvalidCsvException(line, "not UTF-8 text at byte offset " + offset, NOT_TEXT);
	}

	private void read(byte[] buffer, int length, long offset) throws InvalidCsvException {
		for (int i = 0; i < length; i++) {
			int c = buffer[i] & 0xff;
			if (c == 0) {
				throw new InvalidCsvException(line, "a NUL byte at byte offset " + (offset + i), NOT_TEXT);
			}
			if (skipLf) {
				skipLf = false;
				if (c == '\n') {
					continue;
				}
			}
			if (quoted) {
				if (quoteMayClose) {
					quoteMayClose = false;
					if (c == '"') {
						continue; // a doubled quote inside the field
					}
					quoted = false; // the previous quote closed the field; c is read below
					afterQuote = true;
				}
				else {
					if (c == '"') {
						quoteMayClose = true;
					}
					else if (c == '\n' || c == '\r') {
						line++;
						skipLf = c == '\r';
					}
					continue;
				}
			}
			if (c == ',') {
				fields++;
				content = true;
				fieldStarted = false;
				afterQuote = false;
			}
			else if (c == '\n' || c == '\r') {
				endRecord();
				skipLf = c == '\r';
				line++;
				rowLine = line;
			}
			else if (afterQuote) {
				throw new InvalidCsvException(line, "text after the closing quote of a field",
						"inside a quoted field write a quote as \"\", or quote the whole field");
			}
			else if (c == '"' && !fieldStarted) {
				quoted = true;
				quoteLine = line;
				content = true;
				fieldStarted = true;
			}
			else {
				fieldStarted = true;
				content |= !(c == ' ' || c == '\t' || c == 0x0b || c == '\f');
			}
		}
	}

	private void endRecord() throws InvalidCsvException {
		if (content) {
			rows++;
			if (rows == 1) {
				headerFields = fields;
			}
			else if (fields != headerFields) {
				throw new InvalidCsvException(rowLine, fields + (fields == 1 ? " field" : " fields") + ", the header has "
						+ headerFields, "every row needs as many fields as the header; quote a field that holds a comma (\"a, b\")");
			}
		}
		fields = 1;
		content = false;
		fieldStarted = false;
		afterQuote = false;
	}

	private Count finish() throws InvalidCsvException {
		if (quoted && !quoteMayClose) {
			throw new UnclosedQuoteException(quoteLine);
		}
		endRecord();
		return new Count(rows, headerFields);
	}
}
