#!/usr/bin/env bash
# Builds Switchboard's installer for the OS this runs on (Linux or macOS; Windows: build.ps1).
#
#   installer/build.sh [--type TYPE] [--jdk DIR] [--no-aot] [--dest DIR]
#
# TYPE: Linux: app-image (default), deb, rpm; macOS: app-image, dmg (default), pkg.
# Usually started by Maven:  mvn -Pinstaller -DskipTests package   [-Dinstaller.type=deb]
# Needs target/switchboard.jar and target/lib/ (made by `mvn package`) and a JDK 25 with jlink and
# jpackage. What it does (ADR 0013):
#   1. a runtime with jlink: the JDK modules the application needs (jdeps) plus JavaFX, no app jars;
#   2. an app-image with jpackage: that runtime, the app jars on the class path (lib/app/);
#   3. an AOT cache (JDK 25, JEP 483/514) from a training run of the image's own launcher, which the
#      launcher then uses (-XX:AOTCache=$APPDIR/switchboard.aot);
#   4. the installer (deb/rpm/dmg/pkg) made from that finished app-image.
# Output: target/installer/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="$ROOT/target"
DEST="$TARGET/installer"
TYPE="${INSTALLER_TYPE:-}"
JDK="${INSTALLER_JDK:-}"
AOT=1
NAME=Switchboard
MAIN_CLASS=org.switchboard.app.Main

while [ $# -gt 0 ]; do
  case "$1" in
    --type) TYPE="$2"; shift 2 ;;
    --jdk) JDK="$2"; shift 2 ;;
    --no-aot) AOT=0; shift ;;
    --dest) DEST="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

log() { echo "[installer] $*"; }
die() { echo "[installer] ERROR: $*" >&2; exit 1; }

case "$(uname -s)" in
  Linux) OS=linux; TYPE="${TYPE:-app-image}" ;;
  Darwin) OS=mac; TYPE="${TYPE:-dmg}" ;;
  MINGW*|MSYS*|CYGWIN*) die "on Windows run installer\\build.cmd (PowerShell script build.ps1)" ;;
  *) die "unsupported OS $(uname -s)" ;;
esac
case "$OS:$TYPE" in
  linux:app-image|linux:deb|linux:rpm|mac:app-image|mac:dmg|mac:pkg) ;;
  *) die "installer type '$TYPE' cannot be built on $OS" ;;
esac

# --- the JDK 25 with jlink and jpackage --------------------------------------------------------
is_jdk25() { # DIR -> true if DIR is a JDK 25+ with jlink and jpackage
  local d="$1" v
  [ -n "$d" ] && [ -x "$d/bin/jpackage" ] && [ -x "$d/bin/jlink" ] && [ -x "$d/bin/java" ] || return 1
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release" 2>/dev/null)"
  [ -n "$v" ] && [ "$v" -ge 25 ]
}
find_jdk() {
  local c
  for c in "$JDK" "${JAVA_HOME_25:-}" "${JAVA_HOME:-}"; do
    if is_jdk25 "$c"; then echo "$c"; return; fi
  done
  if [ "$OS" = mac ] && [ -x /usr/libexec/java_home ]; then
    c="$(/usr/libexec/java_home -v 25 2>/dev/null || true)"
    if is_jdk25 "$c"; then echo "$c"; return; fi
  fi
  for c in /usr/lib/jvm/*25* /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if is_jdk25 "$c"; then echo "$c"; return; fi
  done
}
JDK="$(find_jdk || true)"
[ -n "$JDK" ] || die "no JDK 25 with jlink and jpackage found (looked at --jdk, \$JAVA_HOME_25, \$JAVA_HOME, \
/usr/libexec/java_home -v 25, /usr/lib/jvm/*, /Library/Java/JavaVirtualMachines). Install a full JDK 25 \
(e.g. Temurin 25; a JRE has no jpackage) or pass --jdk DIR / -Dinstaller.jdk=DIR."
log "JDK: $JDK"

# --- inputs ------------------------------------------------------------------------------------
[ -f "$TARGET/switchboard.jar" ] && [ -d "$TARGET/lib" ] \
  || die "target/switchboard.jar and target/lib/ are missing: run 'mvn -DskipTests package' first"
POM_VERSION="$(awk -F'[<>]' '/<version>/ { print $3; exit }' "$ROOT/pom.xml")"   # the project's own
# jpackage wants 1 to 3 numbers (MSI and DEB compare them for upgrades): 0.1.0-SNAPSHOT -> 0.1.0
APP_VERSION="$(echo "$POM_VERSION" | sed 's/[^0-9.].*//; s/\.$//')"
log "version $POM_VERSION -> package version $APP_VERSION; type $TYPE"

WORK="$DEST/work"
rm -rf "$WORK" "$DEST/$NAME" "$DEST/$NAME.app"
mkdir -p "$WORK/input/lib" "$DEST"

# The application's class path: the jar and its libraries, less JavaFX, which is in the runtime.
cp "$TARGET/switchboard.jar" "$WORK/input/"
FX_JARS=()
for j in "$TARGET"/lib/*.jar; do
  b="$(basename "$j")"
  case "$b" in
    javafx-*-[0-9]*-*.jar) FX_JARS+=("$j") ;;   # platform jar, e.g. javafx-graphics-26.0.1-linux.jar: a real module
    javafx-*.jar) ;;                              # the empty jar without classifier: not needed
    *) cp "$j" "$WORK/input/lib/" ;;
  esac
done
[ ${#FX_JARS[@]} -ge 3 ] || die "JavaFX platform jars (javafx-*-<version>-<os>.jar) not found in target/lib"

# --- 1. runtime --------------------------------------------------------------------------------
# Modules the code and its libraries use (jdeps, ~25 s), plus the ones used by reflection, service
# loading or only at run time: EC crypto and charsets (TLS, mail), locale data (dates and numbers in
# every language), zipfs (reading jars as file systems), httpserver (Mastodon OAuth loopback),
# jdk.unsupported (sun.misc.Unsafe for Lucene, JNA, okio), DNS for JNDI (mail, PostgreSQL).
if [ -n "${INSTALLER_JDK_MODULES:-}" ]; then
  JDK_MODULES="$INSTALLER_JDK_MODULES"
else
  log "jdeps: finding the JDK modules the application needs"
  JDK_MODULES="$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
    --class-path "$TARGET/lib/*" "$TARGET/switchboard.jar" | tail -1)"
fi
EXTRA_MODULES="jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.httpserver,jdk.unsupported,jdk.naming.dns,jdk.management"
FX_MODULES="javafx.base,javafx.graphics,javafx.controls"
MODULES="$JDK_MODULES,$EXTRA_MODULES,$FX_MODULES"
log "runtime modules: $MODULES"
FX_PATH="$(IFS=:; echo "${FX_JARS[*]}")"
# Not compressed: the installers compress anyway, and an uncompressed modules file starts faster.
"$JDK/bin/jlink" --module-path "$FX_PATH" --add-modules "$MODULES" \
  --strip-debug --no-man-pages --no-header-files --strip-native-commands \
  --output "$WORK/runtime"

# --- 2. app-image ------------------------------------------------------------------------------
ICONS="$ROOT/icons"
case "$OS" in
  linux) ICON="$ICONS/switchboard-linux-256.png" ;;
  mac) ICON="$ICONS/switchboard.icns" ;;
esac
JAVA_OPTIONS=(
  # JavaFX (named module in the runtime) and JNA (keychain, on the class path) load native code
  --java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED"
  --java-options "-Dfile.encoding=UTF-8"
  # JVM messages go to stderr, never into a command's stdout (queue --json); a stale AOT cache is
  # dropped silently (the program starts without it)
  --java-options "-Xlog:disable" --java-options "-Xlog:all=warning,aot*=off,cds*=off:stderr"
)
COMMON=(--name "$NAME" --app-version "$APP_VERSION" --vendor "Switchboard"
  --description "Social media customer care: one queue, case notes, tracked internal forwarding"
  --copyright "Switchboard contributors")
MAC_OPTS=()
SIGN_OPTS=()
if [ "$OS" = mac ]; then
  MAC_OPTS=(--mac-package-identifier org.switchboard.app --mac-package-name "$NAME"
    --mac-app-category public.app-category.business --resource-dir "$ROOT/installer/macos")
  # Signing plugs in here (README "Installers"): MAC_SIGN_IDENTITY is the user name of a "Developer ID
  # Application: NAME (TEAM)" certificate in the keychain (MAC_SIGN_KEYCHAIN: another keychain). The
  # image is signed after the AOT cache is added (step 3 changes the bundle), then the DMG.
  if [ -n "${MAC_SIGN_IDENTITY:-}" ]; then
    SIGN_OPTS=(--mac-sign --mac-signing-key-user-name "$MAC_SIGN_IDENTITY")
    [ -n "${MAC_SIGN_KEYCHAIN:-}" ] && SIGN_OPTS+=(--mac-signing-keychain "$MAC_SIGN_KEYCHAIN")
  fi
fi

log "jpackage: app-image"
# MAC_OPTS may be empty; ${arr[@]+...} keeps `set -u` quiet on older bash (macOS ships 3.2)
"$JDK/bin/jpackage" --type app-image "${COMMON[@]}" \
  --input "$WORK/input" --main-jar switchboard.jar --main-class "$MAIN_CLASS" \
  --runtime-image "$WORK/runtime" --icon "$ICON" "${JAVA_OPTIONS[@]}" \
  ${MAC_OPTS[@]+"${MAC_OPTS[@]}"} --dest "$DEST"

if [ "$OS" = mac ]; then
  IMAGE="$DEST/$NAME.app"; LAUNCHER="$IMAGE/Contents/MacOS/$NAME"; APPDIR="$IMAGE/Contents/app"
else
  IMAGE="$DEST/$NAME"; LAUNCHER="$IMAGE/bin/$NAME"; APPDIR="$IMAGE/lib/app"
fi
CFG="$APPDIR/$NAME.cfg"
[ -x "$LAUNCHER" ] && [ -f "$CFG" ] || die "jpackage made no launcher at $LAUNCHER"

# --- 3. AOT cache ------------------------------------------------------------------------------
# Training run: the image's own launcher (same runtime, same class path) on a demo workspace,
# recording with JAVA_TOOL_OPTIONS, then creating the cache. The cache is only valid for exactly
# this runtime and these jars, so it is made after jpackage, inside the image; if the JVM finds it
# unusable it starts without it (AOTMode=auto).
if [ "$AOT" = 1 ]; then
  log "AOT cache: training run"
  TRAIN="$(mktemp -d)"
  "$LAUNCHER" --data-dir "$TRAIN/data" demo > "$TRAIN/demo.out" 2>&1 \
    || { cat "$TRAIN/demo.out" >&2; die "training: 'demo' failed"; }
  JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$TRAIN/switchboard.aotconf" \
    "$LAUNCHER" --data-dir "$TRAIN/data" queue --limit 20 > "$TRAIN/record.out" 2>&1 \
    || { cat "$TRAIN/record.out" >&2; die "training: AOT record run failed"; }
  JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$TRAIN/switchboard.aotconf -XX:AOTCache=$APPDIR/switchboard.aot" \
    "$LAUNCHER" version > "$TRAIN/create.out" 2>&1 \
    || { cat "$TRAIN/create.out" >&2; die "training: AOT create failed"; }
  [ -s "$APPDIR/switchboard.aot" ] || { cat "$TRAIN/create.out" >&2; die "no AOT cache was written"; }
  # jpackage's launcher configuration: one java-options line per option under [JavaOptions]
  awk '{ print } /^\[JavaOptions\]/ { print "java-options=-XX:AOTCache=$APPDIR/switchboard.aot" }' \
    "$CFG" > "$CFG.tmp" && mv "$CFG.tmp" "$CFG"
  rm -rf "$TRAIN"
  # AOTMode=on refuses to start when the cache cannot be used: proves the launcher really uses it
  JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$LAUNCHER" --data-dir "$WORK/aot-check" version >/dev/null 2>&1 \
    || die "the launcher cannot use the AOT cache it was trained for"
  log "AOT cache: $(du -h "$APPDIR/switchboard.aot" | cut -f1), used by the launcher"
fi

if [ ${#SIGN_OPTS[@]} -gt 0 ]; then
  log "jpackage: signing $IMAGE"
  "$JDK/bin/jpackage" --type app-image --app-image "$IMAGE" "${MAC_OPTS[@]}" "${SIGN_OPTS[@]}" --dest "$DEST"
fi

# --- 4. installer ------------------------------------------------------------------------------
if [ "$TYPE" != app-image ]; then
  PKG_OPTS=()
  case "$OS:$TYPE" in
    linux:deb|linux:rpm)
      command -v fakeroot >/dev/null || [ "$TYPE" = rpm ] || die "a DEB needs fakeroot: apt-get install fakeroot dpkg-dev"
      command -v dpkg-deb >/dev/null || [ "$TYPE" = rpm ] || die "a DEB needs dpkg-deb: apt-get install dpkg-dev"
      PKG_OPTS=(--linux-package-name switchboard --linux-shortcut --linux-menu-group "Office"
        --linux-app-category misc --linux-app-release 1 --linux-deb-maintainer "switchboard@example.org"
        --linux-package-deps libgtk-3-0 --icon "$ICON")
      [ "$TYPE" = rpm ] && PKG_OPTS=(--linux-package-name switchboard --linux-shortcut
        --linux-menu-group "Office" --linux-package-deps gtk3 --icon "$ICON")
      ;;
    mac:dmg|mac:pkg)
      PKG_OPTS=("${MAC_OPTS[@]}" ${SIGN_OPTS[@]+"${SIGN_OPTS[@]}"})
      ;;
  esac
  if [ "$OS:$TYPE" = linux:deb ] && [ "$AOT" = 1 ]; then
    # The AOT cache is only valid while the jars keep their modification times, and jpackage's copy of
    # the image resets them: this dpkg-deb (first on PATH for jpackage) sets them back to the image's
    # before the real dpkg-deb packs the tree.
    mkdir -p "$WORK/path"
    REAL_DPKG_DEB="$(command -v dpkg-deb)"
    cat > "$WORK/path/dpkg-deb" <<WRAPPER
#!/bin/sh
for arg in "\$@"; do
  [ -d "\$arg/opt/switchboard/lib/app" ] || continue
  (cd "$IMAGE" && find . -type f) | while IFS= read -r f; do
    [ -e "\$arg/opt/switchboard/\$f" ] && touch -r "$IMAGE/\$f" "\$arg/opt/switchboard/\$f"
  done
done
exec "$REAL_DPKG_DEB" "\$@"
WRAPPER
    chmod +x "$WORK/path/dpkg-deb"
    export PATH="$WORK/path:$PATH"
  fi
  log "jpackage: $TYPE"
  rm -f "$DEST"/*."$TYPE"
  "$JDK/bin/jpackage" --type "$TYPE" "${COMMON[@]}" --app-image "$IMAGE" \
    ${PKG_OPTS[@]+"${PKG_OPTS[@]}"} --dest "$DEST"
  if [ "$OS:$TYPE" = linux:deb ] && [ "$AOT" = 1 ]; then
    CHECK="$WORK/deb-check"
    dpkg-deb -x "$DEST"/switchboard_*.deb "$CHECK"
    JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$CHECK/opt/switchboard/bin/$NAME" --data-dir "$WORK/aot-check" version >/dev/null 2>&1 \
      || die "the DEB's launcher cannot use its AOT cache"
    log "the DEB's launcher uses its AOT cache"
  fi
fi

rm -rf "$WORK"
log "done: $(cd "$DEST" && ls -d "$NAME" "$NAME.app" *.deb *.rpm *.dmg *.pkg 2>/dev/null | tr '\n' ' ')in $DEST"
log "launcher: $LAUNCHER"
