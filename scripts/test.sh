#!/usr/bin/env bash
# Runs the whole test suite: starts Azurite and the Cosmos DB test server on 127.0.0.1, runs
# `dotnet test` on Functions.sln, and stops the services on every exit (success, failure, Ctrl-C).
#
# Usage: scripts/test.sh [extra dotnet test arguments], for example
#   scripts/test.sh --filter FullyQualifiedName~Smoke
# Ports and folders are set by the variables that scripts/services.sh lists.
# Exits with the exit code of `dotnet test`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { echo "test: $*" >&2; }

# The NumPy reference of the backtest benchmarks runs on /usr/bin/python3. A missing NumPy does
# not stop the .NET tests, so an install failure is only reported.
ensure_numpy() {
  if /usr/bin/python3 -c 'import numpy' >/dev/null 2>&1; then
    return 0
  fi
  if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null; then
    log "warning: NumPy is not installed for /usr/bin/python3 and this user cannot install it; run 'apt-get install python3-numpy' as root"
    return 0
  fi
  log "installing python3-numpy with apt-get"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-numpy; } >&2; then
    log "warning: installing python3-numpy failed; the tests continue without NumPy"
  fi
}

ensure_numpy
bash scripts/services.sh install

if bash scripts/services.sh status 2>/dev/null | grep -q ': running'; then
  log "error: test services from an earlier 'scripts/services.sh start' are still running; run 'scripts/services.sh stop' first"
  exit 1
fi

# The EXIT trap also runs after the INT and TERM traps, so Ctrl-C and a kill stop the services too.
trap 'bash scripts/services.sh stop' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# An assignment keeps the exit status of the command substitution, so a failed start stops here.
service_env="$(bash scripts/services.sh start)"
eval "$service_env"

status=0
dotnet test Functions.sln -c Release --settings tests/test.runsettings --logger "console;verbosity=normal" "$@" || status=$?
exit "$status"
