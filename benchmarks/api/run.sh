#!/usr/bin/env bash
# API latency benchmark: GET /v1/account through the loopback Functions host, against the npm
# Cosmos DB server and Azurite, at a constant arrival rate (open loop). Not a test: it prints numbers
# and exits 0 whatever they are. Results and the way to read them are in docs/benchmarks.md.
#
# Usage: benchmarks/api/run.sh
#
# Environment (all optional):
#   BENCH_RATE        requests per second (default 500)
#   BENCH_DURATION    measured seconds per run (default 30)
#   BENCH_WARMUP      unmeasured warm-up seconds before each run (default 5)
#   BENCH_RUNS        runs against the same host and user (default 3)
#   BENCH_BASELINE    1 to also load a bare Kestrel JSON endpoint with the same settings (default 0)
#   BENCH_PROFILE     1 to also run with a tampered token: the 401 path, which reads no storage (default 0)
#   BENCH_OUTPUT_DIR  folder for logs and per-request latencies (default: a new folder under /tmp)
#   TRADING_TEST_COSMOS_PORT, TRADING_TEST_BLOB_PORT, TRADING_TEST_QUEUE_PORT, TRADING_TEST_TABLE_PORT
#                     ports of the services (default: free ports picked at random)
#
# Everything listens on 127.0.0.1 only, and every process that the script starts is stopped on exit,
# also on failure or Ctrl+C.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RATE="${BENCH_RATE:-500}"
DURATION="${BENCH_DURATION:-30}"
WARMUP="${BENCH_WARMUP:-5}"
RUNS="${BENCH_RUNS:-3}"
BASELINE="${BENCH_BASELINE:-0}"
PROFILE="${BENCH_PROFILE:-0}"
OUTPUT_DIR="${BENCH_OUTPUT_DIR:-$(mktemp -d /tmp/api-bench.XXXXXX)}"
HOST_START_TIMEOUT=120

HOST_DLL="$ROOT/tests/Trading.LoopbackHost/bin/Release/net10.0/Trading.LoopbackHost.dll"
LOAD_DLL="$ROOT/benchmarks/Trading.ApiLoad/bin/Release/net10.0/Trading.ApiLoad.dll"

log() { echo "api-bench: $*" >&2; }
fail() { log "error: $*"; exit 1; }

for value in "$RATE" "$DURATION" "$WARMUP" "$RUNS"; do
  [[ "$value" =~ ^[0-9]+$ ]] && (( value >= 1 )) || fail "invalid setting '$value': BENCH_RATE, BENCH_DURATION, BENCH_WARMUP and BENCH_RUNS must be positive integers"
done

# Prints a random port from 20000 to 59999 that nothing listens on. Another program could take it
# before it is used, and then the services or the host fail to start with a message naming the port.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if [[ -z "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]; then
      echo "$port"
      return 0
    fi
  done
  fail "found no free port from 20000 to 59999 in 100 tries"
}

# Stops one process that this script started: the given signal, then SIGKILL after 15 s.
# The loopback host's Program.cs waits for Ctrl+C, so the host gets SIGINT.
stop_process() {
  local name="$1" pid="$2" signal="$3"
  kill -0 "$pid" 2>/dev/null || return 0
  kill "-$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || { log "stopped $name (pid $pid)"; return 0; }
    sleep 0.1
  done
  log "$name (pid $pid) did not exit within 15 s of SIG$signal; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Prints the CPU time (user + system) that process $1 has used, in clock ticks.
cpu_ticks() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || { echo 0; return; }
  # utime and stime are the 12th and 13th fields after the ")" that closes the command name.
  awk '{ print $12 + $13 }' <<< "${stat##*) }"
}

HOST_PID=""
BASELINE_PID=""
SERVICES_STARTED=0
cleanup() {
  local status=$?
  [[ -n "$BASELINE_PID" ]] && stop_process "baseline server" "$BASELINE_PID" TERM
  [[ -n "$HOST_PID" ]] && stop_process "loopback host" "$HOST_PID" INT
  (( SERVICES_STARTED )) && "$ROOT/scripts/services.sh" stop || true
  rm -rf "$OUTPUT_DIR/services/azurite"
  log "logs and latencies are in $OUTPUT_DIR"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits until GET $1 returns 200, or fails after $3 seconds while process $2 is alive.
wait_for_ok() {
  local url="$1" pid="$2" timeout="$3" log_file="$4" deadline=$((SECONDS + $3))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)" == 200 ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$log_file" >&2 || true
      fail "the process behind $url exited during startup; its log is above"
    fi
    (( SECONDS < deadline )) || { tail -n 30 "$log_file" >&2 || true; fail "$url did not return 200 within ${timeout}s"; }
    sleep 0.5
  done
}

mkdir -p "$OUTPUT_DIR"
log "building the loopback host and the load generator (Release)"
dotnet build -c Release "$ROOT/tests/Trading.LoopbackHost/Trading.LoopbackHost.csproj" -nologo -v quiet > "$OUTPUT_DIR/build.log" 2>&1 \
  || { tail -n 30 "$OUTPUT_DIR/build.log" >&2; fail "building the loopback host failed"; }
dotnet build -c Release "$ROOT/benchmarks/Trading.ApiLoad/Trading.ApiLoad.csproj" -nologo -v quiet >> "$OUTPUT_DIR/build.log" 2>&1 \
  || { tail -n 30 "$OUTPUT_DIR/build.log" >&2; fail "building the load generator failed"; }

# The services get their own state folder and ports, so they do not clash with a test run.
export TRADING_TEST_SERVICES_DIR="$OUTPUT_DIR/services"
export TRADING_TEST_COSMOS_PORT="${TRADING_TEST_COSMOS_PORT:-$(free_port)}"
export TRADING_TEST_BLOB_PORT="${TRADING_TEST_BLOB_PORT:-$(free_port)}"
export TRADING_TEST_QUEUE_PORT="${TRADING_TEST_QUEUE_PORT:-$(free_port)}"
export TRADING_TEST_TABLE_PORT="${TRADING_TEST_TABLE_PORT:-$(free_port)}"
SERVICES_STARTED=1
SERVICES_ENV="$("$ROOT/scripts/services.sh" start)"
eval "$SERVICES_ENV"

HOST_PORT="$(free_port)"
HOST_URL="http://127.0.0.1:$HOST_PORT/"
log "starting the loopback host on $HOST_URL"
(
  cd "$ROOT"
  export Cosmos__Endpoint="$TRADING_TEST_COSMOS_ENDPOINT"
  export Cosmos__Key="$TRADING_TEST_COSMOS_KEY"
  export Cosmos__Database="trading"
  export Cosmos__CreateIfMissing="true"
  export Cosmos__AcceptLocalCertificate="true"
  export Storage__ConnectionString="$TRADING_TEST_STORAGE_CONNECTION"
  export AzureWebJobsStorage="$TRADING_TEST_STORAGE_CONNECTION"
  export Auth__SigningKey="$(head -c 32 /dev/urandom | base64)"
  # The minimum that the options accept, because registration and login are set-up, not what is measured.
  export Auth__PasswordIterations="100000"
  exec dotnet "$HOST_DLL" --urls "http://127.0.0.1:$HOST_PORT"
) > "$OUTPUT_DIR/host.log" 2>&1 < /dev/null &
HOST_PID=$!
wait_for_ok "${HOST_URL}v1/health" "$HOST_PID" "$HOST_START_TIMEOUT" "$OUTPUT_DIR/host.log"
log "loopback host is healthy (pid $HOST_PID)"

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(dotnet --version) SDK"
echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC')"

# Bounded: each request times out after 5 s, and the generator is killed if it overruns its schedule.
GENERATOR_LIMIT=$(( RUNS * (WARMUP + DURATION + 30) + 60 ))
run_generator() {
  timeout --kill-after=10 "$GENERATOR_LIMIT" dotnet "$LOAD_DLL" \
    --rate "$RATE" --duration "$DURATION" --warmup "$WARMUP" --runs "$RUNS" --timeout 5 "$@"
}

COSMOS_PID="$(cat "$TRADING_TEST_SERVICES_DIR/cosmos.pid")"
TICKS_PER_SECOND="$(getconf CLK_TCK)"

# Runs the generator with the given arguments and copies its output to $OUTPUT_DIR/$1.txt. Then prints
# the CPU time that the server process $2 and the Cosmos DB server used meanwhile (the generator prints its own).
measure() {
  local name="$1" server_pid="$2" server_before cosmos_before wall_start=$SECONDS
  shift 2
  server_before=$(cpu_ticks "$server_pid")
  cosmos_before=$(cpu_ticks "$COSMOS_PID")
  run_generator "$@" | tee "$OUTPUT_DIR/$name.txt"
  awk -v server=$(( $(cpu_ticks "$server_pid") - server_before )) -v cosmos=$(( $(cpu_ticks "$COSMOS_PID") - cosmos_before )) \
      -v hz="$TICKS_PER_SECOND" -v wall=$(( SECONDS - wall_start )) \
    'BEGIN { printf "CPU time in %d s wall, warm-ups included: server %.1f s, Cosmos DB server %.1f s\n", wall, server / hz, cosmos / hz }' \
    | tee -a "$OUTPUT_DIR/$name.txt"
}

echo
echo "== GET /v1/account through the loopback host (token check, deny-list read and account read)"
measure account "$HOST_PID" --base-url "$HOST_URL" --register --latency-dir "$OUTPUT_DIR/account"

if [[ "$PROFILE" == 1 ]]; then
  echo
  echo "== Profile: GET /v1/account with a tampered token (routing, signature check and a 401 problem; no storage read)"
  measure tampered "$HOST_PID" --base-url "$HOST_URL" --register --tamper-signature --expect-status 401
fi

if [[ "$BASELINE" == 1 ]]; then
  BASELINE_PORT="$(free_port)"
  dotnet "$LOAD_DLL" serve-baseline --urls "http://127.0.0.1:$BASELINE_PORT" > "$OUTPUT_DIR/baseline.log" 2>&1 < /dev/null &
  BASELINE_PID=$!
  wait_for_ok "http://127.0.0.1:$BASELINE_PORT/v1/account" "$BASELINE_PID" 60 "$OUTPUT_DIR/baseline.log"
  echo
  echo "== Baseline: bare Kestrel JSON endpoint, no auth, no storage"
  measure baseline "$BASELINE_PID" --base-url "http://127.0.0.1:$BASELINE_PORT/" --latency-dir "$OUTPUT_DIR/baseline"
fi
