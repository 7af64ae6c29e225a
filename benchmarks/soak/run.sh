#!/usr/bin/env bash
# Soak test (issue #10): `java -jar mock-server/target/wamock-server.jar` as a child process, 50 keep-alive
# connections for --seconds (default 600) at 1 000 req/s in all, a mix of normal requests and chaos scenarios
# (errors, latency, a seeded-probability reset/503). Reports requests served, unscripted errors, journal lines
# and the ring's total/dropped against requests sent, client vs journal tallies, RSS every 10 s, p99 per 10 s.
#
#   benchmarks/soak/run.sh [--seconds N] [--connections N] [--rate N|0] [--server-jvm "OPTS"] [--keep-journal]
#
# Exit 0: no unscripted error, nothing lost, the server exited 0 on SIGTERM. Exit 1 otherwise (2: bad usage).
# The report goes to stdout and benchmarks/soak/target/soak-<seconds>s-<stamp>.md. Loopback only; bounded by
# --seconds plus a minute at most. Builds the server jar first when it is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/mock-server/target/wamock-server.jar"
if [[ ! -f "$jar" ]]; then
  echo "== no $jar: building it (mvn install of the parent, scenarios and mock-server, tests skipped)"
  (cd "$root" && mvn -B -q -N install && mvn -B -q install -DskipTests -f scenarios && mvn -B -q install -DskipTests -f mock-server)
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_bin" -Xmx1g -cp "$jar" "$here/Soak.java" --jar "$jar" --scenarios "$here/soak-scenarios.yaml" \
  --out "$here/target" "$@"
