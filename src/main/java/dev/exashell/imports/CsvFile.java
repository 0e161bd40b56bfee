package dev.exashell.imports;

import dev.exashell.cli.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file about to be uploaded, checked before any request: it exists, is a readable regular
 * file of at most 50,000,000 bytes, UTF-8 CSV text whose rows all have the header's number of fields
 * (what the API would otherwise fail as {@code invalid_format}), with at least one data row.
 * {@code size} is its length in bytes and {@code dataRows} the rows after the header as RFC 4180
 * counts them (see {@link CsvRows}).
 */
record CsvFile(Path path, long size, long dataRows, int columns) {

	static final long MAX_BYTES = 50_000_000L;

	static CsvFile check(String given) {
		Path path = Path.of(given.startsWith("~/") ? System.getProperty("user.home") + given.substring(1) : given);
		if (Files.isDirectory(path)) {
			throw new UsageException(given + " is a directory, not a CSV file", "give the path of a .csv file");
		}
		if (!Files.exists(path)) {
			throw new UsageException("no such file: " + given,
					"check the path; it is relative to " + Path.of("").toAbsolutePath());
		}
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new UsageException("cannot read " + given + ": it is not a readable file", "check its permissions");
		}
		long size;
		try {
			size = Files.size(path);
		}
		catch (IOException e) {
			throw cannotRead(given, e);
		}
		if (size > MAX_BYTES) {
			throw new UsageException(String.format("%s is %,d bytes; an import takes at most %,d bytes", given, size,
					MAX_BYTES), "split it into files of at most 50 MB");
		}
		CsvRows.Count count;
		try (InputStream in = Files.newInputStream(path)) {
			count = CsvRows.count(in);
		}
		catch (IOException e) {
			throw cannotRead(given, e);
		}
		catch (CsvRows.UnclosedQuoteException e) {
			throw new UsageException(given + " is not valid CSV: the quoted field starting on line " + e.line()
					+ " is never closed", e.hint());
		}
		catch (CsvRows.InvalidCsvException e) {
			throw new UsageException(given + ":" + e.line() + ": " + e.getMessage(), e.hint());
		}
		if (count.rows() == 0) {
			throw new UsageException(given + " is empty", "a CSV import needs a header row and at least one data row");
		}
		if (count.rows() == 1) {
			throw new UsageException(given + " has a header row but no data rows", "add at least one row under the header");
		}
		return new CsvFile(path, size, count.rows() - 1, count.headerFields());
	}

	/** Checks that {@code --identifier} names a column of the header (0-based). */
	void checkIdentifier(int column) {
		if (column < 0 || column >= columns) {
			throw new UsageException("--identifier " + column + " is not a column of " + path.getFileName()
					+ ": its header has " + columns + (columns == 1 ? " column (0)" : " columns (0-" + (columns - 1) + ")"),
					"count columns from 0");
		}
	}

	private static UsageException cannotRead(String given, IOException e) {
		String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
		return new UsageException("cannot read " + given + ": " + why, "check its permissions");
	}
}
