#!/usr/bin/env bash
# wamock vs WireMock 3.13.2 vs MockServer 7.6.0 (standalone) and vs WireMock and OkHttp MockWebServer
# (a server per JUnit test), with nginx returning the same answer as the machine's limit line, measured
# in one run on this machine.
#
#   benchmarks/run.sh            full run, about 1 h 15 min (plus up to 30 min waiting for a quiet machine):
#                                5 reps of everything, a 1 M-request soak, 200 JUnit tests per
#                                framework, 20 000 sends per webhook run; writes benchmarks/results/latest.md
#   benchmarks/run.sh --quick    about 2 min: 1 rep, short wrk runs, 30 JUnit tests, no soak, 300 sends per
#                                webhook run, MockServer only for cold start and the answer check, no plain
#                                `java -jar` server; writes results/quick.md
#
# Phase load starts with a machine check (lib/Stalls.java): two threads spin for 4 s before each rep (one thread
# once before the first) and every time a thread loses its core for 10 ms or more is counted; the report shows the
# counts, and a p99 goal missed in a run whose machine stalled, and missed by nginx too, is "not judged" (a host that
# caps the VM's CPU time stalls both cores for up to 100 ms at a time, and nginx's p99 then shows the same).
#
# Phase sends (issue 23): the send path, POST /v23.0/<number>/messages with a valid text message (lib/sends.lua),
# wamock vs WireMock vs nginx at wrk -c50; then webhook delivery, wamock with --webhook-url vs WireMock's built-in
# webhooks, both to the benchmark's receiver (lib/WebhookBench.java). Its servers are always these five.
#
# Options: --reps N  --junit-tests N  --soak REQUESTS  --out FILE  --build (mvn install first, even if the artifacts exist)
#          --no-wait (skip waiting for a quiet machine)  --only PHASES (comma list of
#          check,coldstart,image,load,sends,soak,junit; check always runs)  --hook-rate N (the webhook runs' sends
#          paced at N a second, the same for both servers; default: as fast as 20 connections go)  --servers LIST (comma list: only
#          these servers, wamock always among them, in the cold start, load and soak phases; any server
#          of the full run, also with --quick, e.g. wamock-redis, nginx, floor-jetty, floor-javalin (the
#          same answer from a bare Jetty handler / Javalin route on wamock's libraries), or wamock-plain:
#          plain `java -jar`, whose goals need the full mode's 1 M soak)  --image NAME (the image the image
#          phase starts; default wamock/mock-server:<version>, measured only when a Docker engine answers)
#
# Every server answers GET /v23.0/106540352242922 with the same body and Graph headers (checked
# before measuring; a different answer stops the run with exit code 3; in the sends phase, a send too).
# Raw figures and server logs: benchmarks/results/raw/<stamp>/. Needs java 17+, mvn, curl, and wrk and
# nginx (Debian packages, installed with apt-get when missing). Loads only 127.0.0.1, always bounded:
# by wrk -d, and the webhook runs by their count of sends and a longest wait for the webhooks.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
# shellcheck source=lib/common.sh
source "$HERE/lib/common.sh"

MODE=full BUILD=0 WAIT=1 ONLY="" OUT="" SERVERS="" ARGS="$*"
REPS="" JUNIT_TESTS="" SOAK="" IMAGE="" HOOK_RATE=0
while (($#)); do
  case $1 in
    --quick) MODE=quick ;;
    --reps) REPS=$2; shift ;;
    --junit-tests) JUNIT_TESTS=$2; shift ;;
    --soak) SOAK=$2; shift ;;
    --out) OUT=$2; shift ;;
    --build) BUILD=1 ;;
    --no-wait) WAIT=0 ;;
    --only) ONLY=$2; shift ;;
    --servers) SERVERS=$2; shift ;;
    --image) IMAGE=$2; shift ;;
    --hook-rate) HOOK_RATE=$2; shift ;;
    -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

# the JUnit benchmark's pom pins the peers' versions (WireMock's jar serves both figures)
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$HERE/junit-per-test/pom.xml"; }
WIREMOCK_VERSION=$(pom_property wiremock.version)
MOCKWEBSERVER_VERSION=$(pom_property mockwebserver.version)
MOCKSERVER_VERSION=7.6.0
ENDPOINT=/v23.0/106540352242922
TOKEN_HEADER='Authorization: Bearer fake-token'

# Every server of the full run, by phase. nginx is in the check (its answer against wamock's) but has no
# cold start figure: it is the limit line of the load figures. wamock-plain: the jar, plain `java -jar`.
# floor-jetty, floor-javalin: the least a server on wamock's libraries does to give the same answer (lib/floor).
ALL_LOAD="wamock nginx wamock-plain wamock-chaos10 wamock-redis wamock-stream wiremock wiremock-nojournal mockserver floor-jetty floor-javalin"
ALL_COLD="wamock wiremock mockserver wiremock-nojournal wamock-chaos10 nginx wamock-plain floor-jetty floor-javalin"
ALL_SOAK="wamock wamock-plain wiremock mockserver"
if [[ $MODE == full ]]; then
  REPS=${REPS:-5} COLD_REPS=${REPS} IDLE_MS=5000 WARM=10s D50=30s D1=10s
  JUNIT_TESTS=${JUNIT_TESTS:-200} JUNIT_REPS=${REPS}
  QUIET_PCT=15 QUIET_MAX=60 LOAD_GATE=0.5 LOAD_GATE_MAX=1800
  SOAK_TARGET=${SOAK:-1000000} SOAK_SEG=10 SOAK_MAX_SEG=50
  SEND_WARM=$WARM SEND_D=$D50 HOOK_SENDS=20000 HOOK_C=20 HOOK_WARMUP=1000 HOOK_WARMUP_WAIT_MS=3500 HOOK_MAX_WAIT=60
  LOAD_SERVERS=$ALL_LOAD COLD_SERVERS=$ALL_COLD SOAK_SERVERS=$ALL_SOAK
  OUT=${OUT:-$HERE/results/latest.md}
else
  REPS=${REPS:-1} COLD_REPS=${REPS} IDLE_MS=1000 WARM=2s D50=4s D1=2s
  JUNIT_TESTS=${JUNIT_TESTS:-30} JUNIT_REPS=${REPS}
  QUIET_PCT=15 QUIET_MAX=0 LOAD_GATE=0 LOAD_GATE_MAX=0
  SOAK_TARGET=${SOAK:-0} SOAK_SEG=3 SOAK_MAX_SEG=10
  SEND_WARM=1s SEND_D=2s HOOK_SENDS=300 HOOK_C=20 HOOK_WARMUP=0 HOOK_WARMUP_WAIT_MS=0 HOOK_MAX_WAIT=15
  LOAD_SERVERS="wamock nginx wamock-chaos10 wamock-redis wamock-stream wiremock wiremock-nojournal"
  COLD_SERVERS="wamock wiremock mockserver wiremock-nojournal wamock-chaos10 nginx"
  SOAK_SERVERS="wamock"
  OUT=${OUT:-$HERE/results/quick.md}
fi
((WAIT)) || { QUIET_MAX=0; LOAD_GATE_MAX=0; }
if [[ -n $SERVERS ]]; then
  # from the full run's lists, so --quick can name the ones it leaves out
  only_servers() { local s out=""; for s in $1; do [[ $s == wamock || ",$SERVERS," == *",$s,"* ]] && out+="$s "; done; echo "${out% }"; }
  LOAD_SERVERS=$(only_servers "$ALL_LOAD") COLD_SERVERS=$(only_servers "$ALL_COLD") SOAK_SERVERS=$(only_servers "$ALL_SOAK")
fi
phase() { [[ -z $ONLY || ",$ONLY," == *",$1,"* ]]; }
# nginx serves the load figures only: without the load phase it is not started at all
phase load || COLD_SERVERS=${COLD_SERVERS/ nginx/}
SERVER_PID=

STAMP=$(date +%Y%m%d-%H%M%S)
WORK="$HERE/results/raw/$MODE-$STAMP"
RAW="$WORK/raw.tsv"
mkdir -p "$WORK" "$HERE/.cache/jars"
trap 'stop_server; stop_redis; rm -f "$WORK/wamock-server.jar" "$WORK/wamock-server.jsa"' EXIT
T_START=$SECONDS
exec 2> >(tee -a "$WORK/run.log" >&2)
log "benchmark ($MODE) → $WORK"

# ------------------------------------------------------------------ tools, artifacts, stubs
for tool in java mvn curl awk getconf; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
apt_install() { # apt_install COMMAND PACKAGE: the Debian package, when COMMAND is missing; starts no service
  command -v "$1" >/dev/null && return
  log "installing $2 (Debian package)"
  local guard=/usr/sbin/policy-rc.d made=0
  [[ -e $guard ]] || { printf '#!/bin/sh\nexit 101\n' > "$guard" && chmod 755 "$guard" && made=1; }
  local rc=0
  { apt-get install -y -q "$2" || { apt-get update -q && apt-get install -y -q "$2"; }; } >>"$WORK/apt.log" 2>&1 || rc=$?
  ((made)) && rm -f "$guard"
  ((rc == 0)) || die "could not install $2; see $WORK/apt.log"
}
apt_install wrk wrk
PATH="$PATH:/usr/sbin"
if { phase load && [[ " $LOAD_SERVERS " == *" nginx "* ]]; } || phase sends; then apt_install nginx nginx-light; fi

fetch() { # fetch GROUP:ARTIFACT:VERSION[:jar:CLASSIFIER] FILE
  [[ -s "$HERE/.cache/jars/$2" ]] && return
  log "fetching $1 from Maven Central"
  mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy -Dartifact="$1" \
    -DoutputDirectory="$HERE/.cache/jars" >"$WORK/fetch.log" 2>&1 || die "could not fetch $1; see $WORK/fetch.log"
  [[ -s "$HERE/.cache/jars/$2" ]] || die "$2 missing after fetching $1"
}
fetch "org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" "wiremock-standalone-$WIREMOCK_VERSION.jar"
fetch "org.mock-server:mockserver-netty:$MOCKSERVER_VERSION:jar:jar-with-dependencies" \
  "mockserver-netty-$MOCKSERVER_VERSION-jar-with-dependencies.jar"
WIREMOCK_JAR="$HERE/.cache/jars/wiremock-standalone-$WIREMOCK_VERSION.jar"
MOCKSERVER_JAR="$HERE/.cache/jars/mockserver-netty-$MOCKSERVER_VERSION-jar-with-dependencies.jar"

WAMOCK_VERSION=$(grep -m1 -o '<version>[^<]*' "$ROOT/pom.xml" | sed 's/<version>//')
M2="${MAVEN_REPO:-$HOME/.m2/repository}"
EXT_JAR="$M2/dev/wamock/wamock-junit-extension/$WAMOCK_VERSION/wamock-junit-extension-$WAMOCK_VERSION.jar"
if ((BUILD)) || [[ ! -f "$ROOT/mock-server/target/wamock-server.jar" ]] || { phase junit && [[ ! -f "$EXT_JAR" ]]; }; then
  log "building wamock (mvn install -DskipTests)"
  if ! (cd "$ROOT" && mvn -B -q install -DskipTests) >"$WORK/build.log" 2>&1; then
    log "root build failed (a module mid-edit?); building the modules the benchmark needs one by one"
    (cd "$ROOT" && mvn -B -q -N install && for m in scenarios mock-server junit-extension; do
      mvn -B -q install -DskipTests -f "$m" || exit 1; done) >>"$WORK/build.log" 2>&1 || die "wamock does not build; see $WORK/build.log"
  fi
fi
# a private copy: other builds may rewrite target/wamock-server.jar while a server runs from it
WAMOCK_JAR="$WORK/wamock-server.jar"
cp "$ROOT/mock-server/target/wamock-server.jar" "$WAMOCK_JAR"
mkdir -p "$WORK/wiremock-root" && cp -r "$HERE/stubs/wiremock/mappings" "$WORK/wiremock-root/"

TOOL_CLASSES="$HERE/.cache/classes"
if [[ ! -f "$TOOL_CLASSES/BenchTool.class" || -n $(find "$HERE/lib" -name '*.java' -newer "$TOOL_CLASSES/BenchTool.class") ]]; then
  mkdir -p "$TOOL_CLASSES" && javac -d "$TOOL_CLASSES" "$HERE"/lib/*.java || die "BenchTool does not compile"
fi
tool() { java -cp "$TOOL_CLASSES" BenchTool "$@"; }

# ------------------------------------------------------------------ the machine and the versions
git_rev=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo "?")
git_dirty=$(cd "$ROOT" && git status --porcelain -- scenarios mock-server junit-extension 2>/dev/null | wc -l)
cat > "$WORK/meta.properties" <<EOF
command=benchmarks/run.sh${ARGS:+ $ARGS}
mode=$MODE
date=$(date '+%Y-%m-%d %H:%M %Z')
machine=$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo), $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
jdk=$(java -version 2>&1 | sed -n 2p)
wamock=wamock $WAMOCK_VERSION (git $git_rev, $git_dirty uncommitted files in its modules), jar sha256 $(sha256sum "$WAMOCK_JAR" | cut -c1-12)
wiremock=WireMock $WIREMOCK_VERSION, org.wiremock:wiremock-standalone (sha256 $(sha256sum "$WIREMOCK_JAR" | cut -c1-12))
mockserver=MockServer $MOCKSERVER_VERSION, org.mock-server:mockserver-netty:jar-with-dependencies (sha256 $(sha256sum "$MOCKSERVER_JAR" | cut -c1-12)); run with -l WARN
wrk=$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)
settings=reps $REPS; wrk -t2 -c50 -d$D50 after a -d$WARM warm-up, then wrk -t1 -c1 -d$D1; fresh server per rep; idle RSS read ${IDLE_MS} ms after the first 200; soak target ${SOAK_TARGET} requests
jvm_flags=wamock: the README's command, java -XX:SharedArchiveFile=<its class-data archive> -Xmx192m -jar (G1, the JVM's default); wamock-plain: the same jar with plain java -jar, which starts the server in a second JVM with the archive and -Xmx192m, G1 kept (figures: both processes; cold start: java -jar to the first 200); WireMock and MockServer: plain java -jar, default JVM ergonomics (G1, max heap 1/4 of RAM)
EOF
if phase junit; then
  echo "mockwebserver=OkHttp MockWebServer $MOCKWEBSERVER_VERSION, com.squareup.okhttp3:mockwebserver3-junit5 (JUnit figures only)" >> "$WORK/meta.properties"
fi
if [[ " $COLD_SERVERS " == *" nginx "* ]]; then
  echo "nginx=$(nginx -v 2>&1 | sed 's/^nginx version: //') (Debian package), the limit line of the load figures: a configuration written for the run (loopback port, worker_processes $(nproc) = the cores, access log off, keepalive_requests 1000000) that does \`return 200\` with the body and headers of wamock's first answer in this run; server CPU and RSS are the master's plus its workers'" >> "$WORK/meta.properties"
fi

# Wait for a quiet machine before the full run (other engineers build on it).
LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)
if ((LOAD_GATE_MAX > 0)); then
  log "waiting up to ${LOAD_GATE_MAX}s for load average < $LOAD_GATE (now $LOAD_AT_START)"
  t=0
  while awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v g="$LOAD_GATE" 'BEGIN{exit !(l >= g)}' && ((t < LOAD_GATE_MAX)); do
    sleep 15; t=$((t + 15))
  done
  LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)
  log "load average now $LOAD_AT_START after ${t}s"
fi

# ------------------------------------------------------------------ check + cold start + idle RSS
# The first 200 of each server is saved and compared with wamock's (status, body bytes, Graph headers).
if true; then
  reps=$COLD_REPS; phase coldstart || reps=1
  for rep in $(seq "$reps"); do
    for s in $COLD_SERVERS; do
      [[ $s != nginx ]] || ((rep == 1)) || continue # the limit line: its answer checked once, no cold start figure
      busy=$(wait_quiet "$QUIET_MAX")
      port=$(free_port)
      # shellcheck disable=SC2046
      out=$(tool launch --port "$port" --path "$ENDPOINT" --log "$WORK/cold-$s-$rep.log" --dump "$WORK/answer-$s" \
        --idle-ms "$([[ $s == nginx ]] && echo 0 || echo "$IDLE_MS")" --dir "$WORK" -- $(server_cmd "$s" "$port")) \
        || die "$s did not start; see $WORK/cold-$s-$rep.log"
      cold=$(sed -n 's/^cold_start_ms=//p' <<<"$out"); rss=$(sed -n 's/^rss_idle_kb=//p' <<<"$out")
      log "$([[ $s == nginx ]] && echo "answer check (no figure)" || echo "cold start") $s rep $rep: ${cold} ms, idle RSS $((rss / 1024)) MB (machine ${busy}% busy before)"
      if [[ $s != wamock ]]; then tool compare "$WORK/answer-wamock" "$WORK/answer-$s" >&2 || die "$s answers differently"; fi
      if phase coldstart && [[ $s != nginx ]]; then
        raw cold "$s" cold_start_ms "$rep" "$cold"
        raw cold "$s" rss_idle_mb "$rep" "$(awk -v k="$rss" 'BEGIN{print k/1024}')"
      fi
    done
  done
fi

# ------------------------------------------------------------------ the image: docker start → first 200
# Beside the cold start of `java -jar`: the same poller and answer check, on a container of the image
# (created before the clock starts, as mock-server/src/jib/measure-image.sh does). Needs a running
# Docker engine and the image loaded; otherwise reported as not measured.
IMAGE=${IMAGE:-wamock/mock-server:$WAMOCK_VERSION}
if phase image; then
  if ! timeout 10 docker info >/dev/null 2>&1; then
    echo "image=not measured: no Docker engine answers (docker info)" >> "$WORK/meta.properties"
  elif ! docker image inspect "$IMAGE" >/dev/null 2>&1; then
    echo "image=not measured: no image $IMAGE loaded (mvn -Pjlinked-runtime … jib:buildTar, then docker load; see docs/container.md)" >> "$WORK/meta.properties"
  else
    echo "image=$IMAGE (id $(docker image inspect "$IMAGE" --format '{{.Id}}' | cut -c8-19)): docker start of a created container → first 200 on the published loopback port" >> "$WORK/meta.properties"
    for rep in $(seq "$COLD_REPS"); do
      busy=$(wait_quiet "$QUIET_MAX")
      port=$(free_port)
      id=$(docker create -p "127.0.0.1:$port:8080" "$IMAGE") || die "docker create $IMAGE failed"
      out=$(tool launch --port "$port" --path "$ENDPOINT" --log "$WORK/image-$rep.log" --dump "$WORK/answer-image" \
        --idle-ms 0 --dir "$WORK" -- docker start -a "$id") || { docker rm -f "$id" >/dev/null; die "the image did not start; see $WORK/image-$rep.log"; }
      docker rm -f "$id" >/dev/null
      tool compare "$WORK/answer-wamock" "$WORK/answer-image" >&2 || die "the image answers differently"
      cold=$(sed -n 's/^cold_start_ms=//p' <<<"$out")
      raw cold wamock image_start_ms "$rep" "$cold"
      log "image start $rep: ${cold} ms to the first 200 (machine ${busy}% busy before)"
    done
  fi
fi

# ------------------------------------------------------------------ throughput, latency, CPU, RSS
MAX_OTHER=0
if phase load && [[ " $LOAD_SERVERS " == *" wamock-redis "* ]]; then
  redis_up
fi
if phase load; then
  # the machine check (lib/Stalls.java): a host that caps the VM's CPU stalls both cores now and then; a p99 measured
  # then is the host's, so the report does not judge a p99 goal missed in a run whose machine stalled and by nginx too
  stalls_of() { sed -n 's/^stalls=\([0-9]*\).*/\1/p' <<<"$1"; }
  out=$(tool stalls 4 1); raw machine machine stalls_1_thread 1 "$(stalls_of "$out")"
  log "machine check, one spinning thread for 4 s: $out"
  for rep in $(seq "$REPS"); do
    out=$(tool stalls 4 2)
    raw machine machine stalls_2_threads "$rep" "$(stalls_of "$out")"
    raw machine machine longest_stall_ms "$rep" "$(sed -n 's/.*longest_ms=//p' <<<"$out")"
    log "machine check, two spinning threads for 4 s (rep $rep): $out"
    for s in $LOAD_SERVERS; do
      port=$(free_port)
      start_server "$s" "$port" "$WORK/load-$s-$rep.log"
      url="http://127.0.0.1:$port$ENDPOINT"
      wrk -t2 -c50 -d"$WARM" -H "$TOKEN_HEADER" "$url" >"$WORK/wrk-warm-$s-$rep.txt" || die "wrk warm-up failed on $s"
      busy=$(wait_quiet "$QUIET_MAX")
      [[ $s != wamock-stream ]] || stream_open "$port" "$WORK/stream-$rep.txt"
      run_wrk "$SERVER_PID" "$WORK/wrk-c50-$s-$rep.txt" -t2 -c50 -d"$D50" --latency -H "$TOKEN_HEADER" "$url"
      if [[ $s == wamock-stream ]]; then
        events=$(stream_close "$WORK/stream-$rep.txt")
        ((events > 0)) || die "the dashboard stream carried no event during the load; see $WORK/stream-$rep.txt"
        raw load "$s" stream_events_pct "$rep" "$(awk -v e="$events" -v r="$WRK_REQS" 'BEGIN{print 100*e/r}')"
        log "  $s: the stream carried $events events while wrk sent $WRK_REQS requests"
      fi
      n2=$(awk -v n="$WRK_NON2XX" -v r="$WRK_REQS" 'BEGIN{printf "%.2f", 100*n/r}')
      if [[ $s == wamock-chaos10 ]]; then
        awk -v p="$n2" 'BEGIN{exit !(p > 5 && p < 15)}' || die "$s: $n2 % non-2xx, expected about 10 %"
      else
        ((WRK_NON2XX == 0)) || die "$s answered $WRK_NON2XX non-2xx under load; see $WORK/wrk-c50-$s-$rep.txt"
      fi
      ((WRK_SOCKERR == 0)) || log "  $s: $WRK_SOCKERR socket errors at -c50"
      raw load "$s" rps_c50 "$rep" "$WRK_RPS"; raw load "$s" p50_c50_ms "$rep" "$WRK_P50"; raw load "$s" p99_c50_ms "$rep" "$WRK_P99"
      raw load "$s" cpu_cores_c50 "$rep" "$WRK_SRV_CORES"; raw load "$s" non2xx_pct_c50 "$rep" "$n2"
      raw load "$s" cpu_us_per_req_c50 "$rep" "$(awk -v t="$WRK_SRV_TICKS" -v hz="$(getconf CLK_TCK)" -v r="$WRK_REQS" 'BEGIN{print t/hz/r*1e6}')"
      raw load "$s" other_cores_c50 "$rep" "$WRK_OTHER_CORES"
      MAX_OTHER=$(awk -v a="$MAX_OTHER" -v b="$WRK_OTHER_CORES" 'BEGIN{print (b > a ? b : a)}')
      log "load $s rep $rep: ${WRK_RPS} req/s, p50 ${WRK_P50} ms, p99 ${WRK_P99} ms, server ${WRK_SRV_CORES} cores, other ${WRK_OTHER_CORES} cores (machine ${busy}% busy before)"
      reqs=$WRK_REQS
      busy=$(wait_quiet "$QUIET_MAX")
      run_wrk "$SERVER_PID" "$WORK/wrk-c1-$s-$rep.txt" -t1 -c1 -d"$D1" --latency -H "$TOKEN_HEADER" "$url"
      raw load "$s" p50_c1_ms "$rep" "$WRK_P50"; raw load "$s" p99_c1_ms "$rep" "$WRK_P99"; raw load "$s" rps_c1 "$rep" "$WRK_RPS"
      warm=$(awk '/requests in/{print $1}' "$WORK/wrk-warm-$s-$rep.txt")
      raw load "$s" requests_rep "$rep" "$((warm + reqs + WRK_REQS))"
      raw load "$s" rss_after_load_mb "$rep" "$(awk -v k="$(rss_kb "$SERVER_PID")" 'BEGIN{print k/1024}')"
      log "load $s rep $rep: -c1 p50 ${WRK_P50} ms, p99 ${WRK_P99} ms"
      stop_server
    done
  done
fi

# ------------------------------------------------------------------ sends and webhooks (issue 23)
# The send path: POST /v23.0/<number>/messages with a valid text message at wrk -t2 -c50 (lib/sends.lua: each
# request from the next of SEND_NUMBERS fixture numbers to a recipient of its own, so WhatsApp's rules never refuse
# one; any non-2xx stops the run): wamock (journal on, no webhooks), WireMock (a mapping answering wamock's first
# answer to a send), nginx (the same answer: the limit). Webhook delivery: HOOK_SENDS template sends from HOOK_C
# threads, each thread in its own session (wamock keeps at most 1 000 pending deliveries per session), to wamock
# started with --webhook-url and to WireMock with its built-in webhooks (three per send, the same delays), both
# POSTing to the benchmark's receiver (lib/HookReceiver.java), which times each status against its send's answer.
if phase sends; then
  SEND_FIRST=100000000000000 SEND_NUMBERS=1000
  SEND_PATH="/v23.0/$SEND_FIRST/messages"
  SEND_BODY='{"messaging_product":"whatsapp","to":"1555900000001","type":"text","text":{"body":"benchmark send"}}'
  SEND_SCRIPT=(-s "$HERE/lib/sends.lua")
  tool send-fixtures "$WORK/send-numbers.yaml" "$SEND_FIRST" "$SEND_NUMBERS" || die "could not write the send fixtures"
  for w in wiremock-send wiremock-hooks; do mkdir -p "$WORK/$w-root/mappings" && cp "$HERE/stubs/wiremock/mappings/account-number.json" "$WORK/$w-root/mappings/"; done
  echo "sends_desc=The send path: wrk -t2 -c50 -d$SEND_D after a -d$SEND_WARM warm-up, fresh server per rep, $REPS rep(s); every request a valid text message (docs/messages.md) from the next of $SEND_NUMBERS fixture numbers (\`--fixtures\`, wamock only) to a recipient of its own (\`benchmarks/lib/sends.lua\`), so wamock's WhatsApp rules (80 sends a second per number, the pair limit) refuse none; a non-2xx answer stops the run. WireMock and nginx answer wamock's first answer to a send (status, body, Graph headers; checked like the GET's): a fixed body, where wamock makes a message ID and checks the body against Meta's schema. Webhook delivery: $HOOK_SENDS template sends$( ((HOOK_WARMUP > 0)) && echo " (after $HOOK_WARMUP warm-up ones)") from $HOOK_C threads$( ((HOOK_RATE > 0)) && echo ", paced at $HOOK_RATE a second"), one keep-alive connection and one session (\`X-Wamock-Session\`) each, to wamock started with \`--webhook-url\` and to WireMock with three \`webhook\` serve-event listeners on the send's mapping (\`sent\` at once, \`delivered\` after 1 s, \`read\` after 3 s: wamock's default delays), both POSTing to the benchmark's receiver (\`benchmarks/lib/HookReceiver.java\`: HTTP/1.1, a thread per connection, an empty 200 to every POST), which times each status against its send's answer on one clock; the run ends when all 3 per send arrived, or 2 s after the last was due with none arriving, or after ${HOOK_MAX_WAIT}s. nginx $(nginx -v 2>&1 | sed 's/^nginx version: //')." >> "$WORK/meta.properties"
  for rep in $(seq "$REPS"); do
    for s in wamock wiremock nginx; do
      port=$(free_port)
      [[ $s != wiremock ]] || tool wiremock-sends "$WORK/answer-send-wamock" "$WORK/wiremock-send-root" || die "no WireMock mapping for the send"
      start_server "$s-send" "$port" "$WORK/send-$s-$rep.log"
      tool post "$port" "$SEND_PATH" "$SEND_BODY" "$WORK/answer-send-$s" >&2 || die "$s did not answer a valid send 200"
      [[ $s == wamock ]] || tool compare "$WORK/answer-send-wamock" "$WORK/answer-send-$s" >&2 || die "$s answers the send differently"
      url="http://127.0.0.1:$port"
      wrk -t2 -c50 -d"$SEND_WARM" "${SEND_SCRIPT[@]}" "$url" -- "$SEND_FIRST" "$SEND_NUMBERS" 1 >"$WORK/wrk-send-warm-$s-$rep.txt" || die "wrk warm-up failed on $s"
      busy=$(wait_quiet "$QUIET_MAX")
      run_wrk "$SERVER_PID" "$WORK/wrk-send-$s-$rep.txt" -t2 -c50 -d"$SEND_D" --latency "${SEND_SCRIPT[@]}" "$url" -- "$SEND_FIRST" "$SEND_NUMBERS" 2
      ((WRK_NON2XX == 0)) || die "$s answered $WRK_NON2XX sends non-2xx; see $WORK/wrk-send-$s-$rep.txt and GET /__wamock/journal?status=400"
      ((WRK_SOCKERR == 0)) || log "  $s: $WRK_SOCKERR socket errors at -c50 (sends)"
      raw sends "$s-send" rps_c50 "$rep" "$WRK_RPS"; raw sends "$s-send" p50_c50_ms "$rep" "$WRK_P50"; raw sends "$s-send" p99_c50_ms "$rep" "$WRK_P99"
      raw sends "$s-send" cpu_cores_c50 "$rep" "$WRK_SRV_CORES"; raw sends "$s-send" other_cores_c50 "$rep" "$WRK_OTHER_CORES"
      MAX_OTHER=$(awk -v a="$MAX_OTHER" -v b="$WRK_OTHER_CORES" 'BEGIN{print (b > a ? b : a)}')
      raw sends "$s-send" cpu_us_per_req_c50 "$rep" "$(awk -v t="$WRK_SRV_TICKS" -v hz="$(getconf CLK_TCK)" -v r="$WRK_REQS" 'BEGIN{print t/hz/r*1e6}')"
      raw sends "$s-send" requests_rep "$rep" "$(( $(awk '/requests in/{print $1}' "$WORK/wrk-send-warm-$s-$rep.txt") + WRK_REQS ))"
      raw sends "$s-send" rss_after_load_mb "$rep" "$(awk -v k="$(rss_kb "$SERVER_PID")" 'BEGIN{print k/1024}')"
      log "sends $s rep $rep: ${WRK_RPS} req/s, p50 ${WRK_P50} ms, p99 ${WRK_P99} ms, server ${WRK_SRV_CORES} cores, other ${WRK_OTHER_CORES} cores (machine ${busy}% busy before)"
      stop_server
    done
    for s in wamock wiremock; do
      port=$(free_port) HOOK_PORT=$(free_port)
      [[ $HOOK_PORT != "$port" ]] || HOOK_PORT=$(free_port)
      [[ $s != wiremock ]] || tool wiremock-sends "$WORK/answer-send-wamock" "$WORK/wiremock-hooks-root" "http://127.0.0.1:$HOOK_PORT/webhook" \
        || die "no WireMock mapping with webhooks"
      busy=$(wait_quiet "$QUIET_MAX")
      # shellcheck disable=SC2046
      out=$(tool hooks --port "$port" --receiver-port "$HOOK_PORT" --log "$WORK/hooks-$s-$rep.log" --dir "$WORK" \
        --sends "$HOOK_SENDS" --concurrency "$HOOK_C" --rate "$HOOK_RATE" --sessions "$HOOK_C" --warmup "$HOOK_WARMUP" --warmup-wait-ms "$HOOK_WARMUP_WAIT_MS" \
        --numbers "$SEND_FIRST:$SEND_NUMBERS" --max-wait-s "$HOOK_MAX_WAIT" --wamock "$([[ $s == wamock ]] && echo true || echo false)" \
        -- $(server_cmd "$s-hooks" "$port")) || die "the webhook benchmark of $s failed; see $WORK/hooks-$s-$rep.log"
      while IFS='=' read -r k v; do [[ -z $k || $v == NaN ]] || raw hooks "$s-hooks" "$k" "$rep" "$v"; done <<<"$out"
      f() { sed -n "s/^$1=//p" <<<"$out"; }
      (( $(f sends_failed | cut -d. -f1) == 0 )) || die "$s: $(f sends_failed) of $HOOK_SENDS sends not answered 200; see $WORK/hooks-$s-$rep.log"
      (( $(f hooks_received | cut -d. -f1) > 0 )) || die "$s: no status webhook of a measured send reached the receiver on port $HOOK_PORT; see $WORK/hooks-$s-$rep.log"
      log "webhooks $s rep $rep: $(f sends_per_s) sends/s; $(f hooks_received) of $(f hooks_expected) statuses received, $(f hooks_per_s)/s (peak $(f hooks_peak_per_s)/s), sent after p50 $(f sent_delay_p50_ms) ms / p99 $(f sent_delay_p99_ms) ms, read late p99 $(f read_late_p99_ms) ms$([[ $s == wamock ]] && echo ", overflowed $(f wamock_overflowed)"); RSS $(f rss_after_mb) MB (machine ${busy}% busy before)"
    done
  done
fi

# ------------------------------------------------------------------ RSS under a long load (full run)
if phase soak && ((SOAK_TARGET > 0)); then
  for s in $SOAK_SERVERS; do
    port=$(free_port)
    start_server "$s" "$port" "$WORK/soak-$s.log"
    busy=$(wait_quiet "$QUIET_MAX")
    total=0 seg=0 first="" series=""
    cum=() rss_s=()
    while ((total < SOAK_TARGET && seg < SOAK_MAX_SEG)); do
      seg=$((seg + 1))
      run_wrk "$SERVER_PID" "$WORK/wrk-soak-$s-$seg.txt" -t2 -c50 -d"${SOAK_SEG}s" -H "$TOKEN_HEADER" "http://127.0.0.1:$port$ENDPOINT"
      ((WRK_NON2XX == 0)) || die "$s answered non-2xx during the soak"
      total=$((total + WRK_REQS)); r=$(rss_kb "$SERVER_PID")
      cum+=("$total"); rss_s+=("$r"); series+="$total:$((r / 1024)) "
      raw soakseries "$s" "rss_mb_at_$total" 1 "$(awk -v k="$r" 'BEGIN{print k/1024}')"
    done
    # "at half": the checkpoint before the last one whose request count is nearest to total / 2
    mid=${rss_s[-1]} best=-1
    for ((i = 0; i < ${#cum[@]} - 1; i++)); do
      d=$((cum[i] * 2 - total)); d=${d#-}
      if ((best < 0 || d < best)); then best=$d mid=${rss_s[i]}; fi
    done
    raw soak "$s" soak_requests 1 "$total"
    raw soak "$s" soak_rss_first_mb 1 "$(awk -v k="${rss_s[0]}" 'BEGIN{print k/1024}')"
    raw soak "$s" soak_rss_mid_mb 1 "$(awk -v k="$mid" 'BEGIN{print k/1024}')"
    raw soak "$s" soak_rss_end_mb 1 "$(awk -v k="${rss_s[-1]}" 'BEGIN{print k/1024}')"
    log "soak $s: $total requests; RSS MB by requests served: $series"
    stop_server
  done
fi

# ------------------------------------------------------------------ a fresh server per JUnit test
if phase junit; then
  JP="$HERE/junit-per-test"
  log "compiling the JUnit benchmark ($JUNIT_TESTS tests per run)"
  (cd "$JP" && mvn -B -q test-compile) >"$WORK/junit-compile.log" 2>&1 || die "the JUnit benchmark does not compile; see $WORK/junit-compile.log"
  echo "junit_desc=$JUNIT_TESTS parameterized tests per run, each one GET to its own fresh server (asserting status 200 and the body), in a fresh surefire JVM per run; $JUNIT_REPS run(s) per framework, alternating. wamock: \`@WamockTest\` (PER_TEST), no stub needed; WireMock: a non-static \`@RegisterExtension WireMockExtension\` with \`dynamicPort()\` plus one \`stubFor\` of the same answer; MockWebServer: a \`@StartStop\` instance field (a new server per test instance, so per test) plus one \`enqueue\` of the same answer. Duration = the launcher's test started → finished (holds the extension's before/after-each, so server start and stop). Client: the JDK's HttpURLConnection; wamock and WireMock log through slf4j-simple at warn, MockWebServer through java.util.logging at its default (it prints nothing). WireMock's and MockWebServer's JVMs run without wamock's extension jar (its launcher listener would warm wamock up beside their first test)." >> "$WORK/meta.properties"
  for rep in $(seq "$JUNIT_REPS"); do
    for fw in wamock wiremock mockwebserver; do
      case $fw in wamock) cls=WamockPerTest ;; wiremock) cls=WireMockPerTest ;; *) cls=MockWebServerPerTest ;; esac
      busy=$(wait_quiet "$QUIET_MAX")
      tf="$WORK/junit-$fw-$rep.tsv"
      t0=$(date +%s%N)
      # a peer's JVM gets no wamock: the extension would warm wamock up (LauncherSessionListener) beside its first test
      excludes=""; [[ $fw == wamock ]] || excludes="-Dmaven.test.dependency.excludes=dev.wamock:wamock-junit-extension"
      (cd "$JP" && mvn -B -q surefire:test -Dtest="$cls" $excludes -Dbench.tests="$JUNIT_TESTS" -Dbench.out="$tf") >"$WORK/junit-$fw-$rep.log" 2>&1 \
        || die "JUnit run $cls failed; see $WORK/junit-$fw-$rep.log"
      t1=$(date +%s%N)
      ok=$(awk -F'\t' '$1=="test" && $4=="SUCCESSFUL"' "$tf" | wc -l)
      ((ok == JUNIT_TESTS)) || die "$cls: $ok of $JUNIT_TESTS tests passed; see $tf"
      awk -F'\t' -v fw="junit-$fw" -v rep="$rep" '
        $1=="test" && $2==1 { printf "junit\t%s\tfirst_test_ms\t%s\t%.3f\n", fw, rep, $3/1e6 }
        $1=="test" && $2>1  { printf "junit\t%s\tper_test_ms\t%s\t%.3f\n", fw, rep, $3/1e6 }
        $1=="tests_wall"    { printf "junit\t%s\ttests_wall_s\t%s\t%.3f\n", fw, rep, $3/1e9 }' "$tf" >> "$RAW"
      med=$(awk -F'\t' '$1=="test" && $2>1 {print $3/1e6}' "$tf" | sort -g | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
      raw junit "junit-$fw" per_test_median_ms "$rep" "$med"
      raw junit "junit-$fw" surefire_wall_s "$rep" "$(awk -v a="$t0" -v b="$t1" 'BEGIN{print (b-a)/1e9}')"
      log "junit $fw rep $rep: first test $(awk -F'\t' '$1=="test" && $2==1{printf "%.0f", $3/1e6}' "$tf") ms, median per test $med ms, surefire $(( (t1 - t0) / 1000000 )) ms (machine ${busy}% busy before)"
    done
  done
fi

# ------------------------------------------------------------------ report
echo "quiet=load average $LOAD_AT_START when measuring started; $(cat "$WORK/noisy" 2>/dev/null | wc -l) of the waits for a quiet machine (< $QUIET_PCT % CPU busy) timed out; other processes used at most $MAX_OTHER cores during a -c50 run; total $(( (SECONDS - T_START) / 60 )) min $(( (SECONDS - T_START) % 60 )) s" >> "$WORK/meta.properties"
mkdir -p "$(dirname "$OUT")"
tool report "$RAW" "$WORK/meta.properties" "$OUT" || die "the report failed"
cp "$OUT" "$WORK/"
log "done in $((SECONDS - T_START)) s: $OUT (raw figures and logs in $WORK)"
