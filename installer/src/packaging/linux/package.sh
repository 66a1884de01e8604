#!/usr/bin/env bash
# Builds the till's Linux packages from the installer module's jars:
#  1. jlink: a Java runtime of only the modules the till needs (with its base CDS archive);
#  2. jpackage: the application image /opt/opentill with two launchers, `opentill` (the till) and
#     `opentill-installer` (the technician's command line);
#  3. dpkg-deb: opentill_<version>_amd64.deb, the image plus the systemd unit, udev rules, logging
#     configuration and maintainer scripts in ./debian.
# usage: package.sh JARS_DIR MAIN_JAR VERSION OUT_DIR
# OPENTILL_PACKAGE_FAST=1 builds the same files without compression (tests: the same path, faster).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jars=$1 main_jar=$2 version=${3%-SNAPSHOT} out=$4

# The JDK modules the till uses (found with jdeps on its jars and checked by running the packaged
# till): JavaFX needs java.desktop and jdk.unsupported; H2, jOOQ and Flyway java.sql, java.naming
# and java.management; the till's own logs java.logging. jdk.localedata (Chinese dates and numbers),
# jdk.charsets (GB18030 receipts) and jdk.crypto.ec (TLS to the centre) are found by no tool.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets

if [[ ${OPENTILL_PACKAGE_FAST:-} == 1 ]]; then
  jlink_compress=0 deb_compress=(-Znone)
else
  jlink_compress=2 deb_compress=(-Zxz)
fi

rm -rf "$out"
work="$out/work"
mkdir -p "$work/input"
cp "$jars"/*.jar "$main_jar" "$work/input/"

jlink --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
  --compress="$jlink_compress" --generate-cds-archive --output "$work/runtime" >/dev/null

# Options of the till's launcher: its data, its logs, the AppCDS archive the package makes at
# install (missing: the JVM starts without it), and JavaFX's native libraries cached beside it.
till_options=(-Dopentill.data=/var/lib/opentill
  -Djava.util.logging.config.file=/etc/opentill/logging.properties
  -XX:SharedArchiveFile=/var/cache/opentill/till.jsa -Xshare:auto
  -Djavafx.cachedir=/var/cache/opentill/javafx)
java_options=()
for o in "${till_options[@]}"; do java_options+=(--java-options "$o"); done

jpackage --type app-image --name opentill --app-version "$version" --vendor OpenTill \
  --description "OpenTill point of sale" \
  --input "$work/input" --main-jar "$(basename "$main_jar")" --main-class dev.opentill.app.Launcher \
  --runtime-image "$work/runtime" "${java_options[@]}" \
  --add-launcher opentill-installer="$here/opentill-installer.properties" \
  --dest "$work/image"

# The Debian package: the application image under /opt and the system files around it.
root="$work/deb"
mkdir -p "$root/opt" "$root/DEBIAN" "$root/usr/bin" "$root/etc/opentill" \
  "$root/lib/systemd/system" "$root/lib/udev/rules.d" "$root/usr/share/doc/opentill"
cp -a "$work/image/opentill" "$root/opt/"
install -m 0755 "$here/debian/opentill-installer" "$root/usr/bin/opentill-installer"
install -m 0644 "$here/debian/logging.properties" "$root/etc/opentill/logging.properties"
install -m 0644 "$here/debian/opentill.service" "$root/lib/systemd/system/opentill.service"
install -m 0644 "$here/debian/60-opentill.rules" "$root/lib/udev/rules.d/60-opentill.rules"
install -m 0644 "$here/debian/copyright" "$root/usr/share/doc/opentill/copyright"
for s in postinst prerm postrm; do install -m 0755 "$here/debian/$s" "$root/DEBIAN/$s"; done
install -m 0644 "$here/debian/conffiles" "$root/DEBIAN/conffiles"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" "$here/debian/control" >"$root/DEBIAN/control"
chmod -R go-w "$root"
deb="$out/opentill_${version}_amd64.deb"
dpkg-deb --root-owner-group "${deb_compress[@]}" --build "$root" "$deb" >/dev/null
mv "$work/image/opentill" "$out/opentill"
rm -rf "$work"
echo "$deb"
