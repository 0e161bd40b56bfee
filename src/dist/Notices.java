import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the release archive's NOTICE.md from its CycloneDX SBOM: what the archive bundles and
 * under which licences. Run by scripts/package as a single-file program, with the application's
 * own libraries (Jackson) on the classpath: {@code java -cp 'lib/app/lib/*' Notices.java SBOM KIND}.
 */
public class Notices {

	public static void main(String[] args) throws Exception {
		JsonNode sbom = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
		StringBuilder text = new StringBuilder("""
				# exa-shell: what this archive bundles

				exa-shell itself, under lib/app/exa-shell.jar; Java runtime: %s.

				The Java runtime under runtime/ (when present) is OpenJDK, GPL-2.0 with the Classpath
				Exception; its own notices are in runtime/legal/. The libraries under lib/app/lib/ are
				listed below with their licences; sbom.cdx.json is the full CycloneDX bill of materials.

				| library | version | licence |
				|---|---|---|
				""".formatted(args[1]));
		for (JsonNode component : sbom.path("components")) {
			List<String> licences = new ArrayList<>();
			for (JsonNode entry : component.path("licenses")) {
				JsonNode licence = entry.path("license");
				licences.add(licence.has("id") ? licence.path("id").asString() : licence.path("name").asString());
			}
			text.append("| ").append(component.path("group").asString()).append(':').append(component.path("name").asString())
				.append(" | ").append(component.path("version").asString()).append(" | ").append(String.join(" or ", licences))
				.append(" |\n");
		}
		System.out.print(text);
	}
}
