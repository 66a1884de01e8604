package dev.opentill.installer.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package really installed, removed and installed again with apt and dpkg. It changes the
 * machine (a user, /opt/opentill, /var/lib/opentill, the libraries it depends on), so it runs only
 * as root with {@code OPENTILL_TEST_DPKG_INSTALL=1}, which CI's throwaway machine sets
 * ({@code .ci/run}), and never where a till is already installed.
 */
class DebInstallIT {
    private static final Path DATA = Path.of("/var/lib/opentill");
    private static final Map<String, String> APT = Map.of("DEBIAN_FRONTEND", "noninteractive");

    @Test
    void anInstalledTillKeepsItsDataAcrossRemoveAndReinstall(@TempDir Path natives) throws IOException {
        assumeTrue("1".equals(System.getenv("OPENTILL_TEST_DPKG_INSTALL")),
                "set OPENTILL_TEST_DPKG_INSTALL=1 to install");
        assumeTrue("0".equals(Shell.run(List.of("id", "-u")).ok().strip()), "installing needs root");
        assumeFalse(Files.exists(DATA), "a till is installed here already");
        Path deb = PackageBuild.deb();
        try {
            apt("install", "-y", "--no-install-recommends", deb.toString());
            assertThat(Shell.run(List.of("id", "-nG", "opentill")).ok()).contains("dialout", "lp");
            assertThat(Shell.run(List.of("stat", "-c", "%U %a", DATA.toString())).ok().strip())
                    .isEqualTo("opentill 750");
            assertThat(Path.of("/var/cache/opentill/till.jsa")).isNotEmptyFile();
            assertThat(missingLibraries(natives)).isEmpty();

            installer("--lang=en", "init");
            installer("--lang=en", "set", "store.name.en", "Test Shop");
            assertThat(Shell.run(List.of("stat", "-c", "%U", DATA.resolve("till.mv.db").toString())).ok())
                    .contains("opentill");

            apt("remove", "-y", "opentill");
            assertThat(Path.of("/opt/opentill/bin/opentill")).doesNotExist();
            assertThat(DATA.resolve("till.mv.db")).isRegularFile();

            apt("install", "-y", "--no-install-recommends", deb.toString());
            assertThat(installer("--lang=en", "status")).contains("store.name.en = Test Shop");
        } finally {
            Shell.run(List.of("apt-get", "purge", "-y", "opentill"), APT, null);
            Shell.run(List.of("rm", "-rf", DATA.toString()));
        }
    }

    private static void apt(String... args) {
        List<String> cmd = new ArrayList<>(List.of("apt-get", "-q"));
        cmd.addAll(List.of(args));
        Shell.run(cmd, APT, null).ok();
    }

    private static String installer(String... args) {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/opentill-installer"));
        cmd.addAll(List.of(args));
        return Shell.run(cmd).ok();
    }

    /**
     * Every shared library the installed files and JavaFX's (unpacked from its jars as JavaFX does
     * at start) need, that the dependencies did not bring: what {@code ldd} reports "not found".
     */
    private static List<String> missingLibraries(Path natives) throws IOException {
        Path app = Path.of("/opt/opentill/lib/app");
        try (Stream<Path> jars = Files.list(app)) {
            for (Path jar : jars.filter(j -> j.getFileName().toString().matches("javafx-.*-linux\\.jar")).toList()) {
                unpackLibraries(jar, natives);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path dir : List.of(Path.of("/opt/opentill"), natives)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path so : s.filter(p -> p.toString().endsWith(".so") || p.toString().endsWith("/bin/opentill"))
                        .toList()) {
                    Shell.run(List.of("ldd", so.toString())).output().lines().filter(l -> l.contains("not found"))
                            // The runtime's own libraries need libjvm.so, which the launcher has loaded first.
                            .filter(l -> !l.strip().startsWith("libjvm.so"))
                            .forEach(l -> missing.add(so.getFileName() + ": " + l.strip()));
                }
            }
        }
        return missing;
    }

    private static void unpackLibraries(Path jar, Path into) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().endsWith(".so")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, into.resolve(Path.of(e.getName()).getFileName()),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
