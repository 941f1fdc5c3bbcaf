package io.atelier.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings an operator of Atelier sets through the environment (see README).
 *
 * @param dataDir  where the embedded database keeps its files ({@code ATELIER_DATA_DIR}, default {@code ./data})
 * @param db       an external PostgreSQL; when its URL is empty Atelier runs in evaluation mode on an embedded one
 * @param demoData whether to load the demo factory into an empty database: {@code auto} loads it in evaluation mode only
 */
@ConfigurationProperties("atelier")
public record AtelierProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Database db,
		@DefaultValue("auto") String demoData) {

	public record Database(String url, @DefaultValue("atelier") String user, @DefaultValue("") String password) {

		public boolean external() {
			return url != null && !url.isBlank();
		}
	}

	public boolean evaluationMode() {
		return !db.external();
	}

	public boolean loadDemoData() {
		return switch (demoData.trim().toLowerCase()) {
			case "true", "yes", "on" -> true;
			case "false", "no", "off" -> false;
			default -> evaluationMode();
		};
	}
}
