#!/usr/bin/env bash
# Reproducible build check (docs/releasing.md#reproducible-builds): builds this tree twice from clean, in two copies at
# different paths, offline (-o: .ci/run has downloaded every plugin by then), and compares the sha256 of every jar the
# build makes: each module's jar, -sources.jar, -javadoc.jar and test-jar, and the shaded wamock-server.jar. One that
# differs fails the check. The class-data archive (wamock-server.jsa) is measured and reported, not judged: two dumps
# of one jar at one path already differ on JDK 17 (docs/releasing.md#reproducible-builds).
#   --image   also builds the Jib image tar (-Pjlinked-runtime jib:buildTar) twice and judges it (.ci/run passes it)
#   --keep    keeps the two copies (their path is printed)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
image=false keep=false
for arg in "$@"; do
    case $arg in
        --image) image=true ;;
        --keep) keep=true ;;
        *) echo "reproducible.sh: unknown option $arg; usage: reproducible.sh [--image] [--keep]" >&2; exit 2 ;;
    esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/wamock-reproducible.XXXXXX")
$keep || trap 'rm -rf "$work"' EXIT
goals=(verify)
$image && goals=(-Pjlinked-runtime package jib:buildTar)

build() { # <copy name>: a clean copy of the sources (no target/, no .git), built
    local dir=$work/$1/wamock
    mkdir -p "$dir"
    tar -C "$root" --exclude=./.git --exclude='./*/target' --exclude=./target -cf - . | tar -C "$dir" -xf -
    local start=$SECONDS
    if ! (cd "$dir" && mvn -B -q -o -DskipTests -Denforcer.skip "${goals[@]}") >"$work/$1.log" 2>&1; then
        echo "reproducible.sh: build $1 failed; the end of its log:" >&2
        tail -40 "$work/$1.log" >&2
        exit 1
    fi
    echo "build $1: $((SECONDS - start)) s in $dir"
}

build a
build b

artifacts() { # the files the check judges, relative to a copy
    (cd "$work/a/wamock" && find . -path '*/target/*' -name '*.jar' -not -path '*/jib-runtime/*' \
        -not -path '*/test-classes/*' -not -path '*/classes/*'; $image && echo ./mock-server/target/jib-image.tar) | sort
}

differ=0 same=0
printf '%-72s %-16s %-16s %s\n' artifact "sha256 (a)" "sha256 (b)" verdict
while read -r file; do
    a=$(sha256sum "$work/a/wamock/$file" | cut -c1-64)
    b=$( [[ -f "$work/b/wamock/$file" ]] && sha256sum "$work/b/wamock/$file" | cut -c1-64 || echo missing)
    if [[ $a == "$b" ]]; then verdict=same; same=$((same + 1)); else verdict=DIFFERENT; differ=$((differ + 1)); fi
    printf '%-72s %-16s %-16s %s\n' "${file#./}" "${a:0:16}" "${b:0:16}" "$verdict"
done < <(artifacts)

jsa=mock-server/target/wamock-server.jsa
if [[ -f $work/a/wamock/$jsa && -f $work/b/wamock/$jsa ]]; then
    a=$(sha256sum "$work/a/wamock/$jsa" | cut -c1-64) b=$(sha256sum "$work/b/wamock/$jsa" | cut -c1-64)
    printf '%-72s %-16s %-16s %s\n' "$jsa" "${a:0:16}" "${b:0:16}" \
        "$([[ $a == "$b" ]] && echo same || echo "differs (not judged: a JDK 17 dynamic archive differs from run to run)")"
fi

echo "reproducible: $same same, $differ different"
if (( same == 0 || differ > 0 )); then
    echo "reproducible.sh: two clean builds of one tree gave different artifacts (or none); compare the copies with" >&2
    echo "  .ci/reproducible.sh --keep, then unzip -l / diffoscope on the two files named DIFFERENT above" >&2
    exit 1
fi
