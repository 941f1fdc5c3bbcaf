package io.atelier.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production mode: with {@code ATELIER_DB_URL} Atelier uses that PostgreSQL with the same migrations, loads no demo
 * data, creates no demo accounts, and creates the first administrator. Runs against the PostgreSQL service on
 * 127.0.0.1:5432 when there is one (a fresh database per run, dropped afterwards); skipped loudly otherwise.
 */
class ExternalPostgresTests {

	private static final String HOST = "127.0.0.1";

	private static final int PORT = 5432;

	private static final String USER = System.getenv().getOrDefault("ATELIER_TEST_PG_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("ATELIER_TEST_PG_PASSWORD", "");

	private static final String DATABASE = "atelier_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@BeforeAll
	static void createDatabase() throws SQLException {
		if (!reachable()) {
			System.err.println("""

					****************************************************************************************
					*  SKIPPED: ExternalPostgresTests need a PostgreSQL on %s:%d (user %s). None answered.
					****************************************************************************************
					""".formatted(HOST, PORT, USER));
			Assumptions.abort("no PostgreSQL on " + HOST + ":" + PORT);
		}
		try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD)) {
			admin.createStatement().execute("create database " + DATABASE + " encoding 'UTF8' template template0");
		}
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		if (reachable()) {
			try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD)) {
				admin.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
			}
		}
	}

	@Test
	void anExternalDatabaseGetsTheSchemaAndAnAdministratorButNoDemoData() {
		Map<String, Object> settings = new HashMap<>();
		settings.put("atelier.db.url", url(DATABASE));
		settings.put("atelier.db.user", USER);
		settings.put("atelier.db.password", PASSWORD);
		settings.put("atelier.admin-password", "first-admin-pw");
		try (RunningAtelier atelier = new RunningAtelier(settings)) {
			assertThat(atelier.token("planner", "demo")).as("no demo accounts on a production database").isNull();
			String admin = atelier.token("admin", "first-admin-pw");
			assertThat(admin).as("the first administrator").isNotNull();
			assertThat(atelier.send("GET", "/api/customers", admin, null).body().get("total").asLong()).isZero();
			var created = atelier.send("POST", "/api/workshops", admin, "{\"code\":\"WS-1\",\"name\":\"Cutting\"}");
			assertThat(created.status()).isEqualTo(201);
		}
	}

	private static String url(String database) {
		return "jdbc:postgresql://%s:%d/%s".formatted(HOST, PORT, database);
	}

	private static boolean reachable() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, PORT), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
