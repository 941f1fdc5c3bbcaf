package io.atelier.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as its own process. If Atelier was killed (power cut, {@code kill -9}) that process may
 * still hold the data folder; it is stopped cleanly before a new one starts, so the next start-up just works.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void stopIfRunning(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
				: parse(lines.getFirst()).flatMap(ProcessHandle::of);
		if (postmaster.isEmpty() || !postmaster.get().isAlive() || !isPostgres(postmaster.get())) {
			return;
		}
		log.warn("A PostgreSQL from an earlier run (pid {}) still holds {}; stopping it.", postmaster.get().pid(), pgData);
		postmaster.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown, its clients are gone already
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (postmaster.get().isAlive() && Instant.now().isBefore(deadline)) {
			sleep();
		}
		if (postmaster.get().isAlive()) {
			throw new IllegalStateException("PostgreSQL pid " + postmaster.get().pid() + " does not stop; stop it by hand");
		}
	}

	private static Optional<Long> parse(String pid) {
		try {
			return Optional.of(Long.parseLong(pid.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
