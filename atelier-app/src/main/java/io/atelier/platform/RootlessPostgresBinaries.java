package io.atelier.platform;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * PostgreSQL refuses to run as root, and containers and CI machines often run everything as root. When Atelier runs as
 * root, this resolver hands the embedded PostgreSQL a copy of the stock binaries in which {@code initdb} and
 * {@code pg_ctl} are small wrappers that start the real programs inside a user namespace ({@code unshare -U}) where the
 * process is an ordinary user. Files stay owned by the real user, so nothing needs a chown and nothing else changes.
 * The repacked archive is kept under the data folder so this happens once.
 */
final class RootlessPostgresBinaries implements PgBinaryResolver {

	private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");

	private static final String WRAPPER = """
			#!/bin/sh
			# Added by Atelier: PostgreSQL will not run as root, so run it as an ordinary user in a user namespace.
			if [ "$(id -u)" = "0" ]; then
			  exec unshare -U --map-user=1000 --map-group=1000 "$0.real" "$@"
			fi
			exec "$0.real" "$@"
			""";

	private final Path cacheDir;

	RootlessPostgresBinaries(Path cacheDir) {
		this.cacheDir = cacheDir;
	}

	static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	@Override
	public InputStream getPgBinary(String system, String machineHardware) throws IOException {
		Path repacked = cacheDir.resolve("postgres-%s-%s-rootless.txz".formatted(system, machineHardware).toLowerCase());
		if (!Files.exists(repacked)) {
			Files.createDirectories(cacheDir);
			Path partial = Files.createTempFile(cacheDir, "postgres-", ".partial");
			try (InputStream stock = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
					OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
				repack(stock, out);
			}
			Files.move(partial, repacked, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		return new BufferedInputStream(Files.newInputStream(repacked));
	}

	private static void repack(InputStream stock, OutputStream target) throws IOException {
		try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(stock)));
				TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(target, new LZMA2Options(1)))) {
			out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			TarArchiveEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
				if (WRAPPED.contains(name) && entry.isFile()) {
					TarArchiveEntry real = new TarArchiveEntry(entry.getName() + ".real");
					real.setSize(entry.getSize());
					real.setMode(entry.getMode());
					out.putArchiveEntry(real);
					in.transferTo(out);
					out.closeArchiveEntry();
					byte[] script = WRAPPER.getBytes(StandardCharsets.UTF_8);
					TarArchiveEntry wrapper = new TarArchiveEntry(entry.getName());
					wrapper.setSize(script.length);
					wrapper.setMode(0755);
					out.putArchiveEntry(wrapper);
					out.write(script);
					out.closeArchiveEntry();
				}
				else {
					out.putArchiveEntry(entry);
					if (entry.isFile()) {
						in.transferTo(out);
					}
					out.closeArchiveEntry();
				}
			}
		}
	}
}
