#!/usr/bin/env bash
# Delay accuracy benchmark (not a test): client-observed latency minus a scripted 100 ms delay,
# 50 concurrent connections. Arguments: [connections] [requests] [delay-ms] (defaults 50 5000 100).
# Needs the shaded server jar: mvn -B -o install -DskipTests -f scenarios && mvn -B -o install -DskipTests -f mock-server
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/mock-server/target/wamock-server.jar"
if [[ ! -f "$jar" ]]; then
  echo "no $jar; build it first: mvn -B -o install -DskipTests -f scenarios && mvn -B -o install -DskipTests -f mock-server" >&2
  exit 1
fi
exec java -cp "$jar" "$root/benchmarks/delay-accuracy/DelayAccuracy.java" "$@"
