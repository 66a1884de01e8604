package dev.opentill.installer.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Debian package under test, built once per test run: the one {@code -Pdist} made in this build
 * when there is one, else the same script run without compression (what the failsafe configuration
 * in installer/pom.xml passes).
 */
final class PackageBuild {
    private static Path deb;

    private PackageBuild() {
    }

    static String version() {
        return System.getProperty("package.version").replace("-SNAPSHOT", "");
    }

    static synchronized Path deb() {
        if (deb == null) {
            String prebuilt = System.getProperty("package.prebuilt", "");
            Path dir = prebuilt.isBlank() ? build() : Path.of(prebuilt);
            deb = dir.resolve("opentill_" + version() + "_amd64.deb");
            if (!Files.isRegularFile(deb)) {
                throw new IllegalStateException("no package at " + deb + " (files: " + list(dir) + ")");
            }
        }
        return deb;
    }

    private static Path build() {
        Path out = Path.of(System.getProperty("package.out"));
        Shell.run(List.of("bash", System.getProperty("package.script"), System.getProperty("package.jars"),
                System.getProperty("package.mainJar"), System.getProperty("package.version"), out.toString()),
                Map.of("OPENTILL_PACKAGE_FAST", "1"), null).ok();
        return out;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
