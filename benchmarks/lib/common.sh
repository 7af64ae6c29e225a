# Helpers for benchmarks/run.sh (sourced). Everything here targets 127.0.0.1 only and every load is
# bounded by wrk -d.

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'benchmark harness broken: %s\n' "$*" >&2; exit 3; }

# raw SECTION SERVER METRIC REP VALUE: one figure into the run's raw.tsv
raw() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >> "$RAW"; }

# A TCP port nothing listens on (probed with bash's /dev/tcp on 127.0.0.1).
free_port() {
  local p
  for _ in $(seq 50); do
    p=$((20000 + RANDOM % 12000)) # below the ephemeral range (32768+), where a client socket may hold it
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  die "no free port found"
}

# cpu_total_busy: "busy total" jiffies of the whole machine (busy excludes idle and iowait).
cpu_machine() { awk '/^cpu /{t=0; for(i=2;i<=NF;i++) t+=$i; print t-$5-$6, t}' /proc/stat; }

# A process and its descendants: nginx's master and workers; wamock's launcher and the server JVM it starts
# when run without a heap cap (plain java -jar); other JVMs have none.
pid_tree() { local c; echo "$1"; for c in $(pgrep -P "$1" || true); do pid_tree "$c"; done; }

# utime+stime ticks of a process and its descendants.
cpu_pid() { local p t=0; for p in $(pid_tree "$1"); do t=$((t + $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }

# VmRSS of a process and its descendants (kB; pages they share are counted once per process).
rss_kb() { local p t=0; for p in $(pid_tree "$1"); do t=$((t + $(awk '/^VmRSS:/{print $2}' "/proc/$p/status" 2>/dev/null || echo 0))); done; echo "$t"; }

# wait_quiet MAX_SECONDS: waits until the machine's CPU is < QUIET_PCT % busy for 2 consecutive 1-s
# samples (other builds share this machine), or MAX_SECONDS pass; echoes the last busy %. A timeout
# adds a line to $WORK/noisy. MAX_SECONDS 0: one 0.3-s sample, no waiting (quick mode).
wait_quiet() {
  local max=$1 waited=0 ok=0 a b busy=0
  if ((max == 0)); then
    a=($(cpu_machine)); sleep 0.3; b=($(cpu_machine))
    echo $(( (b[0] - a[0]) * 100 / (b[1] - a[1] > 0 ? b[1] - a[1] : 1) )); return
  fi
  while :; do
    a=($(cpu_machine)); sleep 1; b=($(cpu_machine)); waited=$((waited + 1))
    busy=$(( (b[0] - a[0]) * 100 / (b[1] - a[1] > 0 ? b[1] - a[1] : 1) ))
    if (( busy < QUIET_PCT )); then ok=$((ok + 1)); else ok=0; fi
    if (( ok >= 2 )); then break; fi
    if (( waited >= max )); then log "  machine still ${busy}% busy after ${max}s; measuring anyway"; echo >> "$WORK/noisy"; break; fi
  done
  echo "$busy"
}

# wamock's JVM flags, as in the README's start command: its class-data archive mapped where it was made and
# a heap cap (with one the jar does not relaunch itself; plain java -jar does: wamock-plain); the JVM's own
# collector (G1). README_JVM_FLAGS, the flags besides the archive, are the floor servers' too.
README_JVM_FLAGS="-Xmx192m"

wamock_java() {
  echo java -XX:SharedArchiveFile="${WAMOCK_JAR%.jar}.jsa" $README_JVM_FLAGS -jar "$WAMOCK_JAR"
}

# The archive of the private jar copy: an archive only maps for the jar path it was made with, so the
# one mvn install wrote next to target/wamock-server.jar does not fit $WAMOCK_JAR. Made once per run
# by the training mock-server/pom.xml runs (class-data-archive execution), same flags.
wamock_archive() {
  local jsa="${WAMOCK_JAR%.jar}.jsa"
  [[ -f "$jsa" ]] && return 0
  java -XX:ArchiveClassesAtExit="$jsa" -XX:+UseSerialGC -Xlog:cds=error \
    -cp "$WAMOCK_JAR" dev.wamock.server.cli.ArchiveTraining > "$WORK/archive.log" 2>&1 \
    && java -Xshare:on -XX:SharedArchiveFile="$jsa" -cp "$WAMOCK_JAR" dev.wamock.server.cli.ArchiveTraining --check \
      >> "$WORK/archive.log" 2>&1 \
    || { rm -f "$jsa"; die "no class-data archive for $WAMOCK_JAR; see $WORK/archive.log"; }
}

# The command line of each server: the README's command for wamock (its JVM flags included; the
# archive is made first), none for wamock-plain and the peers. nginx's configuration is written from
# wamock's first answer of the run ($WORK/answer-wamock, saved by the check), one per port.
server_cmd() {
  local name=$1 port=$2
  case $name in
    wamock*) wamock_archive ;;
  esac
  case $name in
    wamock|wamock-stream) echo $(wamock_java) --port "$port" ;;
    wamock-plain) echo java -jar "$WAMOCK_JAR" --port "$port" ;;
    wamock-chaos10) echo $(wamock_java) --port "$port" --scenarios "$HERE/stubs/wamock/chaos10.yaml" --scenario bench-chaos10 ;;
    wamock-redis) redis-cli -p "$REDIS_PORT" flushall >/dev/null || die "redis-server is not answering"; echo $(wamock_java) --port "$port" --state "redis://127.0.0.1:$REDIS_PORT/0" ;;
    floor-jetty|floor-javalin)
      floor_archive "${name#floor-}"
      echo java -XX:SharedArchiveFile="$WORK/$name.jsa" $README_JVM_FLAGS -cp "$WAMOCK_JAR:$WORK/floor.jar" \
        StackFloor "${name#floor-}" "$port" "$WORK/answer-wamock" "$ENDPOINT" ;;
    # the send benchmark (run.sh phase sends): the fixture numbers its sends go from; webhooks to $HOOK_PORT
    wamock-send) echo $(wamock_java) --port "$port" --fixtures "$WORK/send-numbers.yaml" ;;
    wamock-hooks) echo $(wamock_java) --port "$port" --fixtures "$WORK/send-numbers.yaml" --webhook-url "http://127.0.0.1:$HOOK_PORT/webhook" ;;
    wiremock-send|wiremock-hooks) echo java -jar "$WIREMOCK_JAR" --port "$port" --bind-address 127.0.0.1 --root-dir "$WORK/$name-root" ;;
    nginx-send)
      [[ -s "$WORK/answer-send-wamock.body" ]] || die "nginx-send needs wamock's answer to a send, which the sends phase saves first"
      local sdir="$WORK/nginx-send-$port"
      echo nginx -e "$sdir/error.log" -p "$sdir" -c "$(tool nginx-conf "$WORK/answer-wamock" "$port" "$ENDPOINT" "$sdir" "$(nproc)" \
        "$WORK/answer-send-wamock" "~ ^/v23\.0/[0-9]+/messages\$")" ;;
    wiremock) echo java -jar "$WIREMOCK_JAR" --port "$port" --bind-address 127.0.0.1 --root-dir "$WORK/wiremock-root" ;;
    wiremock-nojournal) echo java -jar "$WIREMOCK_JAR" --port "$port" --bind-address 127.0.0.1 --root-dir "$WORK/wiremock-root" --no-request-journal ;;
    mockserver) echo java -jar "$MOCKSERVER_JAR" run -p "$port" --init "$HERE/stubs/mockserver/init.json" -l WARN -Dmockserver.localBoundIP=127.0.0.1 ;;
    nginx)
      [[ -s "$WORK/answer-wamock.body" ]] || die "nginx needs wamock's answer of this run, which the check saves first"
      local dir="$WORK/nginx-$port"
      echo nginx -e "$dir/error.log" -p "$dir" -c "$(tool nginx-conf "$WORK/answer-wamock" "$port" "$ENDPOINT" "$dir" "$(nproc)")" ;;
    *) die "unknown server $name" ;;
  esac
}

# The stack's floor (lib/floor/StackFloor.java, servers floor-jetty and floor-javalin): compiled against the
# wamock jar of the run (it carries Jetty and Javalin at wamock's versions), with a class-data archive per
# mode made by one training answer, and started with the README's flags: what wamock's own work costs on
# top of its libraries. Needs wamock's answer of this run (the check saves it first).
floor_archive() {
  local mode=$1 jsa="$WORK/floor-$1.jsa"
  [[ -s "$WORK/answer-wamock.body" ]] || die "the floor servers need wamock's answer of this run, which the check saves first"
  if [[ ! -f "$WORK/floor.jar" ]]; then
    javac -cp "$WAMOCK_JAR" -d "$WORK/floor-classes" "$HERE/lib/floor/StackFloor.java" > "$WORK/floor.log" 2>&1 \
      && jar cf "$WORK/floor.jar" -C "$WORK/floor-classes" . || die "StackFloor does not compile; see $WORK/floor.log"
  fi
  [[ -f "$jsa" ]] && return 0
  java -XX:ArchiveClassesAtExit="$jsa" -XX:+UseSerialGC -Xlog:cds=error -cp "$WAMOCK_JAR:$WORK/floor.jar" \
    StackFloor train "$mode" "$WORK/answer-wamock" "$ENDPOINT" >> "$WORK/floor.log" 2>&1 \
    || { rm -f "$jsa"; die "no class-data archive for the $mode floor; see $WORK/floor.log"; }
}

# redis_up: one redis-server for the run (no persistence, loopback, a free port; call it in the main
# shell), flushed before each wamock-redis start so every rep begins from an empty store; stopped by
# stop_redis (the EXIT trap).
REDIS_PID=
redis_up() {
  command -v redis-server >/dev/null || die "redis-server is not installed (apt-get install redis-server)"
  if [[ -z $REDIS_PID ]]; then
    REDIS_PORT=$(free_port)
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$WORK" \
      > "$WORK/redis.log" 2>&1 &
    REDIS_PID=$!
    for _ in $(seq 100); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  redis-cli -p "$REDIS_PORT" ping >/dev/null || die "redis-server did not start; see $WORK/redis.log"
  log "redis-server $(redis-server --version | grep -o 'v=[^ ]*') on port $REDIS_PORT for wamock-redis"
}

# The dashboard's live stream (docs/dashboard.md) read by curl, as an open page reads it, during a load run.
stream_open() {
  local port=$1 file=$2 total
  # from the journal's end: the entries of the warm-up are not this run's
  total=$(curl -s "http://127.0.0.1:$port/__wamock/journal?limit=1" | grep -o '"total":[0-9]*' | head -1 | cut -d: -f2)
  [[ -n $total ]] || die "GET /__wamock/journal gave no total"
  curl -sN -H 'Accept: text/event-stream' "http://127.0.0.1:$port/__wamock/journal/stream?after=$total" > "$file" 2>&1 &
  STREAM_PID=$!
  sleep 0.5
  kill -0 "$STREAM_PID" 2>/dev/null || die "the dashboard stream did not stay open; see $file"
}

# Closes the stream and prints how many entry events it carried.
stream_close() {
  kill -TERM "$STREAM_PID" 2>/dev/null || true
  wait "$STREAM_PID" 2>/dev/null || true
  STREAM_PID=
  grep -c '^id:' "$1" || true
}

stop_redis() {
  [[ -n "${REDIS_PID:-}" ]] || return 0
  kill -TERM "$REDIS_PID" 2>/dev/null || true
  wait "$REDIS_PID" 2>/dev/null || true
  REDIS_PID=
}

# start_server NAME PORT LOG: starts it in the background (cwd $WORK), sets SERVER_PID, waits for a 200.
start_server() {
  local name=$1 port=$2 logf=$3
  # shellcheck disable=SC2046
  (cd "$WORK" && exec $(server_cmd "$name" "$port")) > "$logf" 2>&1 &
  SERVER_PID=$!
  local deadline=$((SECONDS + 90))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer fake-token' "http://127.0.0.1:$port$ENDPOINT" 2>/dev/null)" == 200 ]]; do
    kill -0 "$SERVER_PID" 2>/dev/null || die "$name exited before answering 200; see $logf"
    (( SECONDS < deadline )) || { stop_server; die "$name gave no 200 within 90 s; see $logf"; }
    sleep 0.1
  done
}

stop_server() {
  [[ -n "${SERVER_PID:-}" ]] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}

# to_ms VALUE-WITH-UNIT (wrk's 850.00us / 1.23ms / 2.01s / 1.50m)
to_ms() {
  awk -v v="$1" 'BEGIN{
    if (v ~ /us$/) { sub(/us$/,"",v); print v/1000 }
    else if (v ~ /ms$/) { sub(/ms$/,"",v); print v+0 }
    else if (v ~ /s$/) { sub(/s$/,"",v); print v*1000 }
    else if (v ~ /m$/) { sub(/m$/,"",v); print v*60000 }
    else print "nan" }'
}

# run_wrk PID OUTFILE wrk-args…: runs wrk against the server PID, leaving in WRK_* the figures:
# WRK_RPS WRK_P50 WRK_P99 (ms) WRK_REQS WRK_NON2XX WRK_SOCKERR WRK_SRV_CORES WRK_SRV_TICKS WRK_OTHER_CORES WRK_SECS
run_wrk() {
  local pid=$1 out=$2; shift 2
  local hz m0 m1 s0 s1 t0 t1 wt
  hz=$(getconf CLK_TCK)
  m0=($(cpu_machine)); s0=$(cpu_pid "$pid"); t0=$(date +%s.%N)
  # wrk's own CPU: the cutime/cstime of the bash that waited for it
  bash -c 'wrk "$@" > "$0"; rc=$?; read -r -a s < /proc/$$/stat; echo $(( s[15] + s[16] )) > "$0.ticks"; exit $rc' "$out" "$@" \
    || die "wrk failed: wrk $*"
  t1=$(date +%s.%N); s1=$(cpu_pid "$pid"); m1=($(cpu_machine))
  wt=$(cat "$out.ticks")
  WRK_SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')
  WRK_RPS=$(awk '/^Requests\/sec:/{print $2}' "$out")
  WRK_P50=$(to_ms "$(awk '$1=="50%"{print $2}' "$out")")
  WRK_P99=$(to_ms "$(awk '$1=="99%"{print $2}' "$out")")
  WRK_REQS=$(awk '/requests in/{print $1}' "$out")
  WRK_NON2XX=$(awk '/Non-2xx or 3xx responses:/{print $NF}' "$out"); WRK_NON2XX=${WRK_NON2XX:-0}
  WRK_SOCKERR=$(awk '/Socket errors:/{gsub(",",""); print $4+$6+$8+$10}' "$out"); WRK_SOCKERR=${WRK_SOCKERR:-0}
  WRK_SRV_TICKS=$((s1 - s0))
  WRK_SRV_CORES=$(awk -v t="$WRK_SRV_TICKS" -v hz="$hz" -v s="$WRK_SECS" 'BEGIN{printf "%.3f", t/hz/s}')
  WRK_OTHER_CORES=$(awk -v busy="$((m1[0] - m0[0]))" -v tot="$((m1[1] - m0[1]))" -v srv="$WRK_SRV_TICKS" -v w="$wt" -v n="$(nproc)" \
    'BEGIN{o=(busy-srv-w)/(tot/n); if (o<0) o=0; printf "%.3f", o}')
  [[ -n "$WRK_RPS" ]] || die "no Requests/sec in $out"
}
