package dev.exashell.shell;

import dev.exashell.sandbox.SandboxOptions;
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

	private final int imports;

	private SandboxServer server;

	public SharedSandbox() {
		this(0);
	}

	/** With {@code imports} seeded imports instead of the sandbox's default number. */
	public SharedSandbox(int imports) {
		this.imports = imports;
	}

	public SandboxServer server() {
		return server;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		server = imports == 0 ? TestShell.startSandbox()
				: SandboxServer.start(SandboxOptions.defaults().withImports(imports).withClock(TestTime.CLOCK));
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
