package dev.opentill.installer.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian package as a store PC gets it: built by {@code src/packaging/linux/package.sh} (the
 * script {@code -Pdist} runs), its dependencies resolved by apt, its files unpacked with
 * {@code dpkg -x}, its launcher run on its own runtime and its maintainer scripts run on the
 * unpacked root. Needs a Debian machine (dpkg, apt); skipped elsewhere. The real install lives in
 * {@link DebInstallIT}.
 */
class DebPackageIT {
    @TempDir
    static Path root;
    static Path deb;

    @BeforeAll
    static void buildAndUnpack() {
        assumeTrue(Shell.has("dpkg-deb") && Shell.has("jpackage"), "needs dpkg-deb and jpackage (Debian, JDK 17)");
        deb = PackageBuild.deb();
        Shell.run(List.of("dpkg-deb", "-x", deb.toString(), root.toString())).ok();
    }

    @Test
    void thePackageIsNamedAfterItsVersionAndDependsOnGtkForJavaFx() {
        assertThat(deb.getFileName().toString()).isEqualTo("opentill_" + PackageBuild.version() + "_amd64.deb");
        assertThat(field("Package")).isEqualTo("opentill");
        assertThat(field("Architecture")).isEqualTo("amd64");
        assertThat(field("Depends")).contains("libgtk-3-0", "libglib2.0-0", "libpango-1.0-0", "libxtst6", "libgl1",
                "adduser");
        assertThat(field("Recommends")).contains("cage");
    }

    @Test
    void itsDependenciesResolveOnThisDebian() {
        assumeTrue(Shell.has("apt-get"), "needs apt-get");
        Shell sim = Shell.run(List.of("apt-get", "install", "--simulate", "--no-install-recommends", deb.toString()));
        assertThat(sim.exit()).as(sim.output()).isZero();
        assertThat(sim.output()).contains("Inst opentill");
    }

    @Test
    void filesUnpackWhereTheLayoutSays() throws IOException {
        assertThat(root.resolve("opt/opentill/bin/opentill")).isExecutable();
        assertThat(root.resolve("opt/opentill/bin/opentill-installer")).isExecutable();
        assertThat(root.resolve("usr/bin/opentill-installer")).isExecutable();
        assertThat(root.resolve("opt/opentill/lib/runtime/lib/server/classes.jsa")).isRegularFile();
        assertThat(Files.readString(root.resolve("opt/opentill/lib/app/opentill.cfg")))
                .contains("-Dopentill.data=/var/lib/opentill", "-XX:SharedArchiveFile=/var/cache/opentill/till.jsa",
                        "-Djava.util.logging.config.file=/etc/opentill/logging.properties",
                        "app.mainclass=dev.opentill.app.Launcher");
        assertThat(Files.readString(root.resolve("opt/opentill/lib/app/opentill-installer.cfg")))
                .contains("app.mainclass=dev.opentill.installer.Installer");
        assertThat(Files.readString(root.resolve("lib/systemd/system/opentill.service")))
                .contains("User=opentill", "Restart=always",
                        "ExecStart=/usr/bin/cage -d -- /opt/opentill/bin/opentill");
        assertThat(Files.readString(root.resolve("lib/udev/rules.d/60-opentill.rules")))
                .contains("GROUP=\"dialout\"", "/dev/serial/by-id/");
        assertThat(Files.readString(root.resolve("etc/opentill/logging.properties")))
                .contains("FileHandler.pattern=/var/log/opentill/till-%g.log", "FileHandler.count=5");
        // The runtime holds the modules the till needs and not the whole JDK.
        String release = Files.readString(root.resolve("opt/opentill/lib/runtime/release"));
        assertThat(release).contains("java.sql", "jdk.localedata", "jdk.charsets")
                .doesNotContain("jdk.compiler", "jdk.jshell", "java.rmi");
    }

    @Test
    void theUnpackedInstallerRunsHeadlessOnItsOwnRuntime(@TempDir Path data) {
        Shell run = Shell.run(List.of(root.resolve("opt/opentill/bin/opentill-installer").toString(),
                "--data=" + data, "--lang=en", "init"));
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("Till store ready");
        assertThat(data.resolve("till.mv.db")).isRegularFile();
    }

    @Test
    void maintainerScriptsKeepTheTillsDataOnRemovePurgeAndReinstall(@TempDir Path control, @TempDir Path stubs)
            throws IOException {
        Shell.run(List.of("dpkg-deb", "-e", deb.toString(), control.toString())).ok();
        MaintainerScripts scripts = new MaintainerScripts(control, stubs, root);

        scripts.run("postinst", "configure");
        assertThat(root.resolve("var/lib/opentill")).isDirectory();
        assertThat(root.resolve("var/log/opentill")).isDirectory();
        assertThat(scripts.calls()).contains("adduser --quiet opentill dialout", "adduser --quiet opentill lp",
                "chown opentill:opentill " + root.resolve("var/lib/opentill"));
        // AppCDS made at install, by a training run of the package's own launcher.
        assertThat(root.resolve("var/cache/opentill/till.jsa")).isNotEmptyFile();

        Path store = root.resolve("var/lib/opentill/till.mv.db");
        Files.writeString(store, "the store's sales");
        scripts.run("prerm", "remove");
        scripts.run("postrm", "remove");
        assertThat(store).hasContent("the store's sales");
        assertThat(root.resolve("var/cache/opentill/till.jsa")).doesNotExist();

        scripts.run("postrm", "purge");
        assertThat(store).hasContent("the store's sales");
        assertThat(root.resolve("var/cache/opentill")).doesNotExist();

        scripts.run("postinst", "configure");
        assertThat(store).hasContent("the store's sales");
        assertThat(root.resolve("var/cache/opentill/till.jsa")).isNotEmptyFile();
    }

    private static String field(String name) {
        return Shell.run(List.of("dpkg-deb", "-f", deb.toString(), name)).ok().strip();
    }
}
