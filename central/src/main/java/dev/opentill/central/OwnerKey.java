package dev.opentill.central;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The owner's admin key when none is configured: made once, kept in a file only its user can
 * read, and read back on later starts. The log names the file, never the key.
 */
final class OwnerKey {
    static final String FILE = "owner-key";

    private OwnerKey() {
    }

    static String readOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                byte[] b = new byte[16];
                new SecureRandom().nextBytes(b);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException raced) {
                    return Files.readString(file, StandardCharsets.UTF_8).trim();
                }
                Files.writeString(file, HexFormat.of().formatHex(b), StandardCharsets.UTF_8);
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the owner key in " + file, e);
        }
    }
}
