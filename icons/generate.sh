#!/usr/bin/env bash
# Regenerates every icon file from the master icons/switchboard.svg:
#   switchboard-{16,24,32,48,64,128,256,512,1024}.png   PNGs
#   switchboard-linux-256.png                          the Linux desktop/package icon (jpackage --icon)
#   switchboard.ico                                    Windows, multi-size (16-256)
#   switchboard.icns                                   macOS (16-1024)
# and copies the sizes the window loads (ui/shell/AppIcon.java) into
# src/main/resources/org/switchboard/ui/icon/.
# Tools (Debian packages): rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
MASTER=switchboard.svg
RESOURCES=../src/main/resources/org/switchboard/ui/icon

missing=()
need() { # TOOL PACKAGE
  command -v "$1" >/dev/null 2>&1 || missing+=("$1 (Debian package $2)")
}
need rsvg-convert librsvg2-bin
need convert imagemagick
need png2icns icnsutils
# a stand-in 'convert' that is not ImageMagick cannot write .ico
if command -v convert >/dev/null 2>&1 && ! convert -version 2>/dev/null | grep -q ImageMagick; then
  missing+=("ImageMagick's convert (Debian package imagemagick)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "generate.sh: missing tools:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  echo "install them, e.g.: sudo apt-get install librsvg2-bin imagemagick icnsutils" >&2
  exit 1
fi

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --format png --output "switchboard-$size.png" "$MASTER"
done
cp switchboard-256.png switchboard-linux-256.png

# Windows: one .ico with the sizes Explorer, the taskbar and the Start menu ask for
convert switchboard-16.png switchboard-24.png switchboard-32.png switchboard-48.png \
  switchboard-64.png switchboard-128.png switchboard-256.png switchboard.ico

# macOS: png2icns takes the sizes the format has (16, 32, 48, 128, 256, 512, 1024)
png2icns switchboard.icns switchboard-16.png switchboard-32.png switchboard-48.png \
  switchboard-128.png switchboard-256.png switchboard-512.png switchboard-1024.png >/dev/null

# the window's icons (AppIcon.java loads switchboard-<size>.png for these sizes)
for size in 16 32 64 128 256; do
  cp "switchboard-$size.png" "$RESOURCES/switchboard-$size.png"
done
echo "icons generated from $MASTER: $(ls switchboard-*.png switchboard.ico switchboard.icns | tr '\n' ' ')"
