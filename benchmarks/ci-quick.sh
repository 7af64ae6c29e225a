#!/usr/bin/env bash
# CI check of the benchmark harness (called from .ci/run; no tests): runs `benchmarks/run.sh --quick`
# and fails only when the harness breaks — a server did not start or did not answer the same body and
# Graph headers as wamock (nginx's limit line and, when a Docker engine runs with the image loaded, the
# image included), a tool is missing, wrk or the JUnit benchmark (wamock, WireMock, MockWebServer)
# failed, or the sends phase broke (a send refused or answered differently by a peer, no webhook
# reaching its receiver). Slow figures never fail it (the goals tables in results/quick.md just say
# "no"). Takes about 2 minutes (the sends phase: 3 short wrk runs and 2 webhook runs of 300 sends, by
# its parts about 30 s on a quiet machine, not yet timed on one), plus a `mvn install -DskipTests`
# when the wamock artifacts are not installed yet and an `apt-get install` of wrk and nginx-light when
# they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! benchmarks/run.sh --quick "$@"; then
  echo "benchmarks/ci-quick.sh: the benchmark harness is broken (see the lines above)" >&2
  exit 1
fi
test -s benchmarks/results/quick.md || { echo "benchmarks/ci-quick.sh: no results/quick.md written" >&2; exit 1; }
echo "benchmarks/ci-quick.sh: harness OK (figures in benchmarks/results/quick.md, not judged here)"
