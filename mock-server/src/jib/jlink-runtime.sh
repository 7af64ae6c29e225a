#!/usr/bin/env bash
# Builds the root filesystem that -Pjlinked-runtime adds on top of the `scratch` base (docs/container.md):
#   /opt/java/openjdk   a JRE jlinked to the modules the server needs (where eclipse-temurin keeps its JRE,
#                       so the image's PATH and JAVA_HOME are the same for both bases)
#   /lib…, /lib64…      the shared libraries that JRE loads, copied from this machine
#   /proc               an empty mount point
# Needs Linux and a JDK 17+ (jdeps, jlink); `strip` (binutils) is used when present.
# usage: jlink-runtime.sh <shaded server jar> <output dir> [<jdk home>]
set -euo pipefail

jar=$1
out=$(realpath -m "$2")
jdk=${3:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}}

if [[ "$(uname -s)" != Linux ]]; then
    echo "jlink-runtime: a scratch-based image needs a Linux JRE and its libraries; this is $(uname -s)." >&2
    echo "jlink-runtime: build without -Pjlinked-runtime to use a registry base instead (docs/container.md)." >&2
    exit 1
fi
[[ -f "$jar" ]] || { echo "jlink-runtime: no server jar at $jar (run the package phase first)" >&2; exit 1; }

# The modules the code references, less java.desktop: its only users are Jetty's webapp leak preventers and
# IntrospectorCleaner (never installed by Javalin) and Jackson's optional java.beans support, which Jackson
# skips when the module is absent. It would add ~9 MB and native AWT libraries. Less jdk.jfr too: its only user is
# Lettuce (--state redis://), whose flight-recorder events are optional (it records none when jdk.jfr.Event is
# missing); the image's Redis fleet tests run without it.
found=$("$jdk/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$jar")
modules=$(tr ',' '\n' <<<"$found" | grep -vx -e 'java.desktop' -e 'jdk.jfr' | paste -sd, -)
# jdk.crypto.ec: the SunEC provider (EC keys, ECDSA, ECDHE) that HTTPS with the generated EC certificate needs. The JDK
# finds providers by name through java.security, so jdeps cannot see it.
modules="$modules,jdk.crypto.ec"
echo "jlink-runtime: jdeps found $found; linking $modules"

rm -rf "$out"
mkdir -p "$out/opt/java" "$out/proc"
jre="$out/opt/java/openjdk"
"$jdk/bin/jlink" --add-modules "$modules" --output "$jre" \
    --strip-debug --no-header-files --no-man-pages --compress=2
find "$jre/bin" -type f ! -name java -delete

if command -v strip >/dev/null; then
    find "$jre/lib" -name '*.so' -exec strip --strip-unneeded {} +
fi

# The system libraries the launcher and the JRE's libraries load (not the JRE's own, e.g. libjli.so).
libs=$(for f in "$jre/bin/java" "$jre"/lib/*.so "$jre"/lib/server/*.so; do ldd "$f"; done \
    | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\/.*ld-linux/ {print $1}' | grep -v "^$out/" | sort -u)
for lib in $libs; do
    mkdir -p "$out$(dirname "$lib")"
    cp -L "$lib" "$out$lib"
done
chmod 755 "$jre/bin/java"

echo "jlink-runtime: $(du -sh "$out" | cut -f1) in $out ($(echo $libs | wc -w) system libraries)"
