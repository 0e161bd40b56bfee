package dev.exashell.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Counts the records of a CSV file as RFC 4180 reads them, streaming, without keeping any of it:
 * a quoted field may hold commas, doubled quotes and line breaks, which do not end the record;
 * CRLF, LF and CR all end a record; blank (or whitespace-only) lines and a leading UTF-8 byte order
 * mark are ignored. Works on bytes: in UTF-8 the bytes of {@code " , CR LF} never occur inside
 * another character. The same rules as the sandbox's analyzer, which models the API.
 */
final class CsvRows {

	/** @param rows every record, the header included; @param headerFields the first record's fields */
	record Count(long rows, int headerFields) {
	}

	/** A quoted field that is still open at the end of the file. */
	static final class UnclosedQuoteException extends Exception {

		private final long line;

		UnclosedQuoteException(long line) {
			super("unclosed quote from line " + line, null, false, false);
			this.line = line;
		}

		long line() {
			return line;
		}
	}

	private CsvRows() {
	}

	private static final byte[] BOM = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };

	static Count count(InputStream raw) throws IOException, UnclosedQuoteException {
		InputStream in = new BufferedInputStream(raw, 64 * 1024);
		in.mark(BOM.length);
		if (!Arrays.equals(in.readNBytes(BOM.length), BOM)) {
			in.reset();
		}
		byte[] buffer = new byte[64 * 1024];
		long rows = 0;
		int headerFields = 0;
		int fields = 1;
		long line = 1;
		long quoteLine = 0;
		boolean quoted = false;
		boolean quoteMayClose = false;
		boolean content = false;
		boolean fieldStarted = false;
		boolean skipLf = false;
		int read;
		while ((read = in.read(buffer)) >= 0) {
			for (int i = 0; i < read; i++) {
				int c = buffer[i] & 0xff;
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
				}
				else if (c == '\n' || c == '\r') {
					if (content) {
						rows++;
						headerFields = rows == 1 ? fields : headerFields;
					}
					fields = 1;
					content = false;
					fieldStarted = false;
					skipLf = c == '\r';
					line++;
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
		if (quoted && !quoteMayClose) {
			throw new UnclosedQuoteException(quoteLine);
		}
		if (content) {
			rows++;
			headerFields = rows == 1 ? fields : headerFields;
		}
		return new Count(rows, headerFields);
	}
}
