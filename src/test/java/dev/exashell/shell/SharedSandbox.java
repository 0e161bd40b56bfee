package dev.exashell.shell;

import dev.exashell.sandbox.SandboxServer;
import dev.exashell.testing.TestTime;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One sandbox per test class (seeded against {@link TestTime#CLOCK}), reset before each test and
 * stopped after the last: {@code @RegisterExtension static final SharedSandbox SHARED = new SharedSandbox();}
 */
public final class SharedSandbox implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private SandboxServer server;

	public SandboxServer server() {
		return server;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		server = TestShell.startSandbox();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		server.reset();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		server.close();
	}
}
