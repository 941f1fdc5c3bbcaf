package io.atelier.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Started with no database configured, Atelier runs on its own embedded PostgreSQL in the data folder, says that it is
 * in evaluation mode, loads the demo factory once, and keeps everything across restarts.
 */
@ExtendWith(OutputCaptureExtension.class)
class EvaluationModeTests {

	@Test
	void dataSurvivesARestartAndTheDemoFactoryIsLoadedOnlyOnce(CapturedOutput output) {
		Path dataDir = Path.of("target/test-data/restart-" + UUID.randomUUID());
		// the demo orders are DemoOrdersTests' subject; without them both starts stay as quick as before
		Map<String, Object> settings = Map.of("atelier.data-dir", dataDir.toString(), "atelier.demo-orders", "false");
		String code = "WS-RESTART-" + UUID.randomUUID().toString().substring(0, 6);
		long customersBefore;
		try (RunningAtelier first = new RunningAtelier(settings)) {
			assertThat(output.getOut()).contains("EVALUATION MODE");
			assertThat(first.send("GET", "/actuator/health", null, null).body().get("status").asString()).isEqualTo("UP");
			String token = first.token("planner", "demo");
			assertThat(token).as("demo account planner/demo").isNotNull();
			var created = first.send("POST", "/api/workshops", token,
					"{\"code\":\"%s\",\"name\":\"Kept across restarts\"}".formatted(code));
			assertThat(created.status()).isEqualTo(201);
			customersBefore = first.send("GET", "/api/customers", token, null).body().get("total").asLong();
			assertThat(customersBefore).as("demo customers").isGreaterThanOrEqualTo(10);
		}
		assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

		try (RunningAtelier second = new RunningAtelier(settings)) {
			String token = second.token("planner", "demo");
			var found = second.send("GET", "/api/workshops?q=" + code, token, null);
			assertThat(found.body().get("total").asLong()).isEqualTo(1);
			assertThat(found.body().get("items").get(0).get("name").asString()).isEqualTo("Kept across restarts");
			assertThat(second.send("GET", "/api/customers", token, null).body().get("total").asLong())
				.as("the demo factory is not loaded twice")
				.isEqualTo(customersBefore);
		}
	}
}
