package dev.exashell.api;

/**
 * The 201 body of create (spec {@code CreateImportResponse}): every Import field plus where and
 * until when to upload the CSV. On the wire the import's fields are flat beside the two below.
 */
public record CreatedImport(Import importItem, String uploadUrl, String uploadValidUntil) {
}
