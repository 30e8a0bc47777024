#!/usr/bin/env bash
# Starts, stops and reports the local services that the integration tests use:
# Azurite (Azure Storage) and @vercel/cosmosdb-server (Cosmos DB), both bound to 127.0.0.1 only.
#
# Usage: scripts/services.sh install|start|stop|status|env
#
# Environment (all optional):
#   TRADING_TEST_COSMOS_PORT   Cosmos DB HTTPS port (default 8081)
#   TRADING_TEST_BLOB_PORT     Azurite Blob port (default 10000)
#   TRADING_TEST_QUEUE_PORT    Azurite Queue port (default 10001)
#   TRADING_TEST_TABLE_PORT    Azurite Table port (default 10002)
#   TRADING_TEST_SERVICES_DIR  folder for pid files, logs and Azurite data (default .test-services)
#   TRADING_TEST_SERVICES_START_TIMEOUT  seconds to wait for each service to listen (default 60)
#
# `start` and `env` print `export` lines for the variables that the tests read:
#   TRADING_TEST_COSMOS_ENDPOINT, TRADING_TEST_COSMOS_KEY, TRADING_TEST_STORAGE_CONNECTION
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NPM_DIR="$ROOT/tests/services"
STATE_DIR="${TRADING_TEST_SERVICES_DIR:-$ROOT/.test-services}"
START_TIMEOUT="${TRADING_TEST_SERVICES_START_TIMEOUT:-60}"

COSMOS_PORT="${TRADING_TEST_COSMOS_PORT:-8081}"
BLOB_PORT="${TRADING_TEST_BLOB_PORT:-10000}"
QUEUE_PORT="${TRADING_TEST_QUEUE_PORT:-10001}"
TABLE_PORT="${TRADING_TEST_TABLE_PORT:-10002}"

# Publicly documented development keys of the Cosmos DB emulator and of Azurite. The Cosmos DB
# test server accepts any valid base64 key, and Azurite checks signatures against this one.
COSMOS_KEY="C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="
STORAGE_ACCOUNT="devstoreaccount1"
STORAGE_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

# Idle keep-alive timeout of Azurite, in seconds. Azurite 3.37.0 defaults to 5 s, but
# .NET 6+ SocketsHttpHandler reuses idle connections for up to 1 minute, so with the default a
# request can go out on a connection that the server is closing and fail.
KEEP_ALIVE_SECONDS=600

log() { echo "services: $*" >&2; }
fail() { log "error: $*"; exit 1; }

require_port() {
  local name="$1" value="$2"
  [[ "$value" =~ ^[0-9]+$ ]] && (( value >= 1 && value <= 65535 )) \
    || fail "invalid $name '$value': expected an integer from 1 to 65535"
}

print_env() {
  local blob="http://127.0.0.1:$BLOB_PORT/$STORAGE_ACCOUNT"
  local queue="http://127.0.0.1:$QUEUE_PORT/$STORAGE_ACCOUNT"
  local table="http://127.0.0.1:$TABLE_PORT/$STORAGE_ACCOUNT"
  local storage="DefaultEndpointsProtocol=http;AccountName=$STORAGE_ACCOUNT;AccountKey=$STORAGE_KEY;BlobEndpoint=$blob;QueueEndpoint=$queue;TableEndpoint=$table;"
  echo "export TRADING_TEST_COSMOS_ENDPOINT='https://127.0.0.1:$COSMOS_PORT/'"
  echo "export TRADING_TEST_COSMOS_KEY='$COSMOS_KEY'"
  echo "export TRADING_TEST_STORAGE_CONNECTION='$storage'"
}

# Runs `npm ci` unless node_modules already matches package-lock.json.
install_deps() {
  local installed="$NPM_DIR/node_modules/.package-lock.json"
  if [[ -f "$installed" && ! "$NPM_DIR/package-lock.json" -nt "$installed" ]]; then
    return 0
  fi
  command -v npm >/dev/null || fail "npm not found: install Node.js 20 or later"
  log "installing npm packages in tests/services (npm ci)"
  (cd "$NPM_DIR" && npm ci --no-audit --no-fund) >&2
}

# Prints the pid in the service's pid file when that process is alive and is still the
# command this script started (a recycled pid of another process does not count).
running_pid() {
  local name="$1" pid_file="$STATE_DIR/$1.pid" pid
  [[ -f "$pid_file" ]] || return 1
  pid="$(cat "$pid_file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$(service_marker "$name")" || return 1
  echo "$pid"
}

service_marker() {
  case "$1" in
    azurite) echo "$NPM_DIR/node_modules/.bin/azurite" ;;
    cosmos) echo "$NPM_DIR/cosmos-server.js" ;;
  esac
}

port_in_use() {
  command -v ss >/dev/null || return 1
  [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]
}

check_port_free() {
  local variable="$1" port="$2"
  if port_in_use "$port"; then
    fail "port $port is already in use; choose another one with $variable=<port>"
  fi
}

# Waits until the service logged that it listens and its port accepts a TCP connection.
wait_until_ready() {
  local name="$1" pid="$2" ready_line="$3"
  shift 3
  local log_file="$STATE_DIR/$name.log" deadline=$((SECONDS + START_TIMEOUT)) port
  while true; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "error: $name exited during startup; last lines of $log_file:"
      tail -n 20 "$log_file" >&2 || true
      exit 1
    fi
    if grep -q -- "$ready_line" "$log_file" 2>/dev/null; then
      local all_open=1
      for port in "$@"; do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { all_open=0; break; }
      done
      (( all_open )) && return 0
    fi
    if (( SECONDS >= deadline )); then
      log "error: $name did not accept connections on 127.0.0.1 port(s) $* within ${START_TIMEOUT}s; last lines of $log_file:"
      tail -n 20 "$log_file" >&2 || true
      exit 1
    fi
    sleep 0.2
  done
}

start_azurite() {
  local data_dir="$STATE_DIR/azurite"
  # Each start begins with empty storage so that runs do not depend on earlier ones.
  rm -rf "$data_dir"
  mkdir -p "$data_dir"

  # --loose is not passed: Azurite then rejects headers and parameters it does not support,
  # instead of ignoring them, so a test cannot pass on a feature that the emulator skipped.
  setsid "$NPM_DIR/node_modules/.bin/azurite" \
    --silent --disableTelemetry --skipApiVersionCheck \
    --location "$data_dir" \
    --blobHost 127.0.0.1 --blobPort "$BLOB_PORT" --blobKeepAliveTimeout "$KEEP_ALIVE_SECONDS" \
    --queueHost 127.0.0.1 --queuePort "$QUEUE_PORT" --queueKeepAliveTimeout "$KEEP_ALIVE_SECONDS" \
    --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" --tableKeepAliveTimeout "$KEEP_ALIVE_SECONDS" \
    > "$STATE_DIR/azurite.log" 2>&1 < /dev/null &
  echo $! > "$STATE_DIR/azurite.pid"
}

start_cosmos() {
  # The script path is absolute so that running_pid can recognise the process by it.
  TRADING_TEST_COSMOS_PORT="$COSMOS_PORT" setsid node "$NPM_DIR/cosmos-server.js" \
    > "$STATE_DIR/cosmos.log" 2>&1 < /dev/null &
  echo $! > "$STATE_DIR/cosmos.pid"
}

cmd_start() {
  require_port TRADING_TEST_COSMOS_PORT "$COSMOS_PORT"
  require_port TRADING_TEST_BLOB_PORT "$BLOB_PORT"
  require_port TRADING_TEST_QUEUE_PORT "$QUEUE_PORT"
  require_port TRADING_TEST_TABLE_PORT "$TABLE_PORT"
  mkdir -p "$STATE_DIR"

  local name
  for name in azurite cosmos; do
    if running_pid "$name" >/dev/null; then
      fail "$name is already running (pid $(running_pid "$name")); run 'scripts/services.sh stop' first"
    fi
  done

  install_deps
  command -v node >/dev/null || fail "node not found: install Node.js 20 or later"
  command -v setsid >/dev/null || fail "setsid not found: install util-linux"
  check_port_free TRADING_TEST_BLOB_PORT "$BLOB_PORT"
  check_port_free TRADING_TEST_QUEUE_PORT "$QUEUE_PORT"
  check_port_free TRADING_TEST_TABLE_PORT "$TABLE_PORT"
  check_port_free TRADING_TEST_COSMOS_PORT "$COSMOS_PORT"

  # A failed start stops whatever did start, so no half-started pair is left behind.
  trap stop_after_failed_start EXIT
  # Both start before either is awaited, so their startup times overlap.
  start_azurite
  start_cosmos
  wait_until_ready azurite "$(cat "$STATE_DIR/azurite.pid")" \
    "Table service is successfully listening" "$BLOB_PORT" "$QUEUE_PORT" "$TABLE_PORT"
  wait_until_ready cosmos "$(cat "$STATE_DIR/cosmos.pid")" "cosmos-server: listening" "$COSMOS_PORT"

  trap - EXIT
  print_env > "$STATE_DIR/env.sh"
  log "azurite listening on 127.0.0.1:$BLOB_PORT (blob), :$QUEUE_PORT (queue), :$TABLE_PORT (table)"
  log "cosmos listening on https://127.0.0.1:$COSMOS_PORT/"
  log "environment for the tests is in $STATE_DIR/env.sh"
  print_env
}

stop_after_failed_start() {
  local status=$?
  if (( status != 0 )); then
    log "stopping the services after the failed start"
    cmd_stop || true
  fi
}

stop_one() {
  local name="$1" pid
  if ! pid="$(running_pid "$name")"; then
    rm -f "$STATE_DIR/$name.pid"
    return 0
  fi

  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 15))
  while kill -0 "$pid" 2>/dev/null; do
    if (( SECONDS >= deadline )); then
      log "$name (pid $pid) did not exit within 15 s of SIGTERM; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.1
  done
  rm -f "$STATE_DIR/$name.pid"
  log "stopped $name (pid $pid)"
}

cmd_stop() {
  # Stops both even when one of them fails to stop.
  local status=0
  stop_one azurite || status=1
  stop_one cosmos || status=1
  return "$status"
}

cmd_status() {
  local name pid status=0
  for name in azurite cosmos; do
    if pid="$(running_pid "$name")"; then
      echo "$name: running (pid $pid)"
    else
      echo "$name: stopped"
      status=3
    fi
  done
  if [[ -f "$STATE_DIR/env.sh" && "$status" == 0 ]]; then
    cat "$STATE_DIR/env.sh"
  fi
  return "$status"
}

case "${1:-}" in
  install) install_deps ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) print_env ;;
  *)
    echo "usage: $0 install|start|stop|status|env" >&2
    exit 2
    ;;
esac
