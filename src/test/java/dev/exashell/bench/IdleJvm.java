package dev.exashell.bench;

/** The benchmark's baseline: a JVM that says {@code ready} and then only sleeps for the given seconds. */
public final class IdleJvm {

	private IdleJvm() {
	}

	public static void main(String[] args) throws InterruptedException {
		System.out.println("ready");
		System.out.flush();
		Thread.sleep(Long.parseLong(args[0]) * 1000);
	}
}
