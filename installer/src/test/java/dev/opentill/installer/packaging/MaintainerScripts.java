package dev.opentill.installer.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * The package's maintainer scripts run as dpkg runs them, on an unpacked root ({@code DPKG_ROOT}):
 * the commands that would change this machine (user and group changes, ownership, systemd, udev)
 * are stubs that only note their arguments; {@code runuser} runs its command as the current user.
 */
final class MaintainerScripts {
    private final Path control;
    private final Path stubs;
    private final Path root;
    private final Path calls;

    MaintainerScripts(Path control, Path stubs, Path root) throws IOException {
        this.control = control;
        this.stubs = stubs;
        this.root = root;
        this.calls = stubs.resolve("calls.log");
        Files.writeString(calls, "");
        for (String tool : List.of("adduser", "chown", "systemctl", "udevadm")) {
            stub(tool, "echo \"" + tool + " $*\" >> '" + calls + "'");
        }
        stub("getent", "exit 2");
        stub("runuser",
                "echo \"runuser $*\" >> '" + calls + "'\nwhile [ \"$1\" != -- ]; do shift; done\nshift\nexec \"$@\"");
    }

    void run(String script, String argument) {
        String path = stubs + ":" + System.getenv("PATH");
        Shell.run(List.of("sh", control.resolve(script).toString(), argument),
                Map.of("PATH", path, "DPKG_ROOT", root.toString()), null).ok();
    }

    List<String> calls() throws IOException {
        return Files.readAllLines(calls);
    }

    private void stub(String name, String body) throws IOException {
        Path f = stubs.resolve(name);
        Files.writeString(f, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
