package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.GlobalOption;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.shell.TestShell.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code completion bash} is loaded into a real bash, which is then asked what Tab offers for a
 * line ({@code COMP_WORDS}/{@code COMP_CWORD}, then the completion function, then
 * {@code COMPREPLY}): the way bash itself calls it.
 */
class ShellCompletionTests {

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	@TempDir
	static Path dir;

	private static Path script;

	@BeforeAll
	static void writeTheScript() throws IOException {
		Result result = TestShell.piped(SHARED.server()).run("completion bash");
		assertThat(result.code()).isZero();
		assertThat(result.err()).isEmpty();
		script = Files.writeString(dir.resolve("exa-shell.bash"), result.out());
		Files.writeString(dir.resolve("firms.csv"), "name\n");
		Files.writeString(dir.resolve("nightly.exa"), "list\n");
		Files.writeString(dir.resolve("notes.txt"), "x\n");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"'exa-shell l'                         | list ls login logout",
			"'exa-shell --sandbox sh'              | show",
			"'exa-shell --output '                 | table tsv json jsonl csv",
			"'exa-shell --col'                     | --color",
			"'exa-shell --color a'                 | auto always",
			"'exa-shell n'                         | next n nightly.exa",
			"'exa-shell list --st'                 | --status",
			"'exa-shell list --status f'           | failed",
			"'exa-shell ls --status completed,p'   | completed,pending completed,processing",
			"'exa-shell watch 1 --status '         | pending processing completed failed",
			"'exa-shell create --entity c'         | company custom",
			"'exa-shell create f'                  | firms.csv",
			"'exa-shell list -o j'                 | json jsonl",
			"'exa-shell profile '                  | list use remove",
			"'exa-shell completion '               | bash zsh fish",
			"'exa-shell list --limit '             | ''",
			"'exa-shell show '                     | ''" })
	void bashOffersWhatTheSpecsDeclare(String line, String expected) throws Exception {
		assertThat(complete(line)).containsExactlyInAnyOrderElementsOf(
				expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
	}

	@Test
	void theScriptRegistersItselfForExaShell() throws Exception {
		assertThat(bash("source " + script + "; complete -p exa-shell").out())
			.isEqualTo("complete -o bashdefault -o filenames -F _exa_shell exa-shell\n");
	}

	/** Profile names come from {@code exa-shell profile list}, piped: its first column. */
	@Test
	void profileNamesAreAskedOfTheProgramOnThePath() throws Exception {
		Path bin = Files.createDirectories(dir.resolve("bin"));
		Path fake = Files.writeString(bin.resolve("exa-shell"),
				"#!/bin/sh\n[ \"$*\" = 'profile list' ] && printf 'prod\\tfalse\\t****\\tu\\nstaging\\ttrue\\t-\\tu\\n'\n");
		fake.toFile().setExecutable(true);
		String program = "PATH=" + bin + ":$PATH; source " + script
				+ "; COMP_WORDS=(exa-shell profile use ''); COMP_CWORD=3; _exa_shell; echo \"${COMPREPLY[*]}\"";
		assertThat(bash(program).out()).isEqualTo("prod staging\n");
	}

	@Test
	void zshAndFishScriptsAreWrittenFromTheSameSpecs() {
		Result zsh = TestShell.piped(SHARED.server()).run("completion zsh");
		assertThat(zsh.out()).startsWith("#compdef exa-shell\n").contains("bashcompinit", "complete -o filenames");
		Result fish = TestShell.piped(SHARED.server()).run("completion fish");
		assertThat(fish.out()).contains(
				"complete -c exa-shell -n '__fish_seen_subcommand_from list ls' -l status -x -a 'pending processing completed failed'",
				"complete -c exa-shell -n '__fish_seen_subcommand_from create; and not string match -qr -- \"^-\" (commandline -opc)[-1]' -F\n");
		assertThat(TestShell.piped(SHARED.server()).run("completion tcsh")).isEqualTo(new Result(2, "",
				"error: unknown shell 'tcsh'\nhint: use bash, zsh or fish\n"));
	}

	/** fish's own {@code complete -C} answers from the script (fish is installed by scripts/install-test-tools). */
	@Test
	void fishCompletesFromItsScript() throws Exception {
		Path fishScript = Files.writeString(dir.resolve("exa-shell.fish"), TestShell.piped(SHARED.server()).run("completion fish").out());
		String program = "source " + fishScript + "; complete -C 'exa-shell list --status f'; echo ---;"
				+ " complete -C 'exa-shell create --entity c'; echo ---; complete -C 'exa-shell create fi'";
		assertThat(run("fish", "--no-config", "-c", program).out()).isEqualTo("""
				failed\tonly imports in these statuses: pending, processing, completed, failed, or any other value
				---
				company\twhat each row is: company, person, article, research_paper or custom
				custom\twhat each row is: company, person, article, research_paper or custom
				---
				firms.csv
				""");
	}

	/** zsh runs the bash script through bashcompinit; compinit then knows the function for exa-shell. */
	@Test
	void zshRegistersTheBashFunctionThroughBashcompinit() throws Exception {
		Path zshScript = Files.writeString(dir.resolve("_exa-shell"), TestShell.piped(SHARED.server()).run("completion zsh").out());
		String program = "autoload -U compinit && compinit -u -d " + dir.resolve("zcompdump") + "; source " + zshScript
				+ "; print -r -- ${_comps[exa-shell]}";
		assertThat(run("zsh", "-f", "-c", program).out()).isEqualTo("_bash_complete -o filenames -o bashdefault -F _exa_shell\n");
	}

	@Test
	void everyGlobalOptionCompletedIsOneTheParserAccepts() {
		for (GlobalOption option : GlobalOption.ALL) {
			for (String name : option.names()) {
				List<String> argv = new ArrayList<>(List.of(name));
				if (option.value() != GlobalOption.Value.NONE) {
					argv.add(option.values().isEmpty() ? "x.exa" : option.values().get(0));
				}
				LaunchOptionsParser.parse(argv.toArray(String[]::new), Map.of());
			}
		}
	}

	private static List<String> complete(String line) throws Exception {
		List<String> words = new ArrayList<>(List.of(line.split(" ", -1)));
		StringBuilder array = new StringBuilder();
		words.forEach(word -> array.append(" '").append(word).append('\''));
		String program = "source " + script + "; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.size() - 1)
				+ "; _exa_shell; for w in \"${COMPREPLY[@]}\"; do echo \"$w\"; done";
		return bash(program).out().lines().toList();
	}

	private static Result bash(String program) throws Exception {
		return run("bash", "--norc", "--noprofile", "-c", program);
	}

	/** Runs a shell with its output in files (no pipe to fill), killed if it takes longer than 20 s. */
	private static Result run(String... command) throws Exception {
		Path out = Files.createTempFile(dir, "out", ".txt");
		Path err = Files.createTempFile(dir, "err", ".txt");
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
			.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
		try {
			assertThat(process.waitFor(20, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
		}
		finally {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		assertThat(result.err()).isEmpty();
		return result;
	}
}
