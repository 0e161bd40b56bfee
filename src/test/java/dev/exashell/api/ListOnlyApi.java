package dev.exashell.api;

/**
 * An {@link ImportsApi} for tests of code that only lists: implement {@link #list}; every other
 * call fails the test with {@link UnsupportedOperationException}.
 */
@FunctionalInterface
public interface ListOnlyApi extends ImportsApi {

	@Override
	default Import get(String id) {
		throw new UnsupportedOperationException("get " + id);
	}

	@Override
	default CreatedImport create(CreateImportRequest request) {
		throw new UnsupportedOperationException("create");
	}

	@Override
	default Import update(String id, UpdateImportRequest request) {
		throw new UnsupportedOperationException("update " + id);
	}

	@Override
	default Import delete(String id) {
		throw new UnsupportedOperationException("delete " + id);
	}

	@Override
	default void upload(String uploadUrl, byte[] csv) {
		throw new UnsupportedOperationException("upload");
	}
}
