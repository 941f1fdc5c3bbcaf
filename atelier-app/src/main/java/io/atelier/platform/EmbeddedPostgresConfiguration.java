package io.atelier.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Evaluation mode: with no external database configured, Atelier runs its own PostgreSQL with its files in
 * {@code ATELIER_DATA_DIR}, durable (fsync and synchronous_commit on), so data survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${atelier.db.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	private static final String DATABASE = "atelier";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(AtelierProperties properties) throws IOException {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		Path pgData = dataDir.resolve("postgres");
		Files.createDirectories(pgData);
		StalePostmaster.stopIfRunning(pgData);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(pgData.toFile())
			.setCleanDataDirectory(false)
			.setOverrideWorkingDirectory(dataDir.resolve("pg-binaries").toFile())
			.setPGStartupWait(Duration.ofSeconds(60))
			// Spring stops PostgreSQL when it closes the context (destroyMethod), after everything that uses the
			// database; a JVM shutdown hook of its own would stop it at the same time as the context closes, so that
			// requests still finishing, and shutdown work, would lose their connections mid-way.
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "100")
			.setServerConfig("listen_addresses", "127.0.0.1");
		if (RootlessPostgresBinaries.runningAsRoot()) {
			builder.setPgBinaryResolver(new RootlessPostgresBinaries(dataDir.resolve("pg-binaries")));
		}
		EmbeddedPostgres postgres = builder.start();
		ensureDatabase(postgres);
		log.warn("""

				*** Atelier is running in EVALUATION MODE on an embedded PostgreSQL (port {}) with its data in {}.
				*** For production set ATELIER_DB_URL, ATELIER_DB_USER and ATELIER_DB_PASSWORD to an external PostgreSQL.
				""", postgres.getPort(), pgData);
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", DATABASE))
			.username("postgres")
			.build();
		dataSource.setPoolName("atelier-embedded");
		dataSource.setMaximumPoolSize(20);
		return dataSource;
	}

	private static void ensureDatabase(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				connection.createStatement().execute("create database " + DATABASE + " encoding 'UTF8'");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the embedded database", ex);
		}
	}
}
