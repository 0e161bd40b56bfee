package dev.exashell.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The 201 body of create (spec {@code CreateImportResponse}): every Import field plus where and
 * until when to upload the CSV. On the wire the import's fields are flat beside the two below,
 * both when read and when written.
 */
public record CreatedImport(@JsonUnwrapped Import importItem, String uploadUrl, String uploadValidUntil) {
}
