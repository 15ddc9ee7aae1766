#!/usr/bin/env bash
# Verbatim: one command to run the stack, one to test it. Both do all set-up on a fresh Debian machine.
#
#   ./verbatim.sh up     start a private RabbitMQ node and both services, ingest samples/, print a
#                        search result, then stay in the foreground until Ctrl-C
#   ./verbatim.sh test   run every test (unit, functional, end-to-end on a real broker and Apertium);
#                        extra arguments go to dotnet test, e.g. ./verbatim.sh test --filter FaultTests
#
# Settings (environment): VERBATIM_TRANSLATION_PORT (5100), VERBATIM_SEARCH_PORT (5200),
# VERBATIM_RABBITMQ_PORT (5682 for up, 5683 for test), VERBATIM_HOME (.verbatim/ in the checkout).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VERBATIM_HOME="${VERBATIM_HOME:-$ROOT/.verbatim}"
APT_PACKAGES=(rabbitmq-server apertium apertium-fr-es apertium-eng-spa apertium-fra-cat apertium-eng-cat)
RABBIT_BASE="${VERBATIM_RABBITMQ_BASE:-/var/lib/rabbitmq/verbatim-nodes}"
RABBIT_NODE=""
RABBIT_DIR=""
CHILD_PIDS=()

log() { printf '\033[1m[verbatim]\033[0m %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    # The package's own rabbitmq-server service is not used: we run a private node below.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_dotnet() {
  command -v dotnet >/dev/null || die ".NET SDK 10 is required (dotnet not found on PATH)"
  local major
  major="$(dotnet --version | cut -d. -f1)"
  [ "$major" -ge 10 ] || die ".NET SDK 10 or newer is required (found $(dotnet --version))"
}

# A private RabbitMQ node: own node name, port and data directory, owned by the rabbitmq user, so it
# neither needs nor disturbs a system-wide broker.
rabbit_start() {
  local name="$1" port="$2"
  RABBIT_NODE="$name@localhost"
  # Under rabbitmq's own home, not the checkout: the rabbitmq user may not be able to enter the checkout.
  RABBIT_DIR="$RABBIT_BASE/$name"
  as_root mkdir -p "$RABBIT_DIR/mnesia" "$RABBIT_DIR/log"
  printf 'listeners.tcp.default = 127.0.0.1:%s\nloopback_users = none\n' "$port" | as_root tee "$RABBIT_DIR/rabbitmq.conf" >/dev/null
  as_root chown -R rabbitmq:rabbitmq "$RABBIT_DIR"
  if rabbitctl status >/dev/null 2>&1; then
    log "RabbitMQ node $RABBIT_NODE already running on port $port"
    return
  fi
  log "starting RabbitMQ node $RABBIT_NODE on 127.0.0.1:$port"
  as_root runuser -u rabbitmq -- env \
    HOME="$RABBIT_DIR" \
    RABBITMQ_NODENAME="$RABBIT_NODE" \
    RABBITMQ_NODE_PORT="$port" \
    RABBITMQ_DIST_PORT="$((port + 20000))" \
    RABBITMQ_MNESIA_BASE="$RABBIT_DIR/mnesia" \
    RABBITMQ_LOG_BASE="$RABBIT_DIR/log" \
    RABBITMQ_CONFIG_FILE="$RABBIT_DIR/rabbitmq.conf" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_DIR/enabled_plugins" \
    RABBITMQ_PID_FILE="$RABBIT_DIR/pid" \
    rabbitmq-server -detached
  # await_startup fails at once until the node has registered with epmd, hence the loop.
  local deadline=$((SECONDS + 90))
  until rabbitctl await_startup --timeout 10 >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      as_root sh -c "tail -n 30 '$RABBIT_DIR'/log/*.log" >&2 || true
      die "RabbitMQ node did not start (logs above)"
    fi
    sleep 1
  done
  log "RabbitMQ is up"
}

# rabbitmqctl without Debian's wrapper, which would reset HOME and miss this node's cookie.
rabbitctl() {
  as_root runuser -u rabbitmq -- env HOME="$RABBIT_DIR" /usr/lib/rabbitmq/bin/rabbitmqctl -n "$RABBIT_NODE" "$@"
}

rabbit_stop() {
  [ -n "$RABBIT_NODE" ] || return 0
  log "stopping RabbitMQ node $RABBIT_NODE"
  rabbitctl stop >/dev/null 2>&1 || { [ -f "$RABBIT_DIR/pid" ] && as_root kill "$(cat "$RABBIT_DIR/pid")" 2>/dev/null; } || true
  RABBIT_NODE=""
}

# A node left running by an interrupted test run would keep its old queues: stop it first.
rabbit_kill_stale() {
  RABBIT_NODE="$1@localhost"
  RABBIT_DIR="$RABBIT_BASE/$1"
  if [ -d "$RABBIT_DIR" ] && rabbitctl status >/dev/null 2>&1; then
    rabbit_stop
  fi
  RABBIT_NODE=""
}

cleanup() {
  local code=$?
  for pid in "${CHILD_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${CHILD_PIDS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  rabbit_stop
  exit "$code"
}

setup() {
  ensure_packages "${APT_PACKAGES[@]}"
  ensure_dotnet
  mkdir -p "$VERBATIM_HOME"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

cmd_up() {
  setup
  local rabbit_port="${VERBATIM_RABBITMQ_PORT:-5682}"
  local tport="${VERBATIM_TRANSLATION_PORT:-5100}" sport="${VERBATIM_SEARCH_PORT:-5200}"
  trap cleanup EXIT
  trap 'log "shutting down"; exit 0' INT TERM
  rabbit_start verbatim "$rabbit_port"

  log "building"
  dotnet build "$ROOT/Microservices.sln" -c Release -nologo -v quiet >"$VERBATIM_HOME/build.log" 2>&1 \
    || { tail -n 40 "$VERBATIM_HOME/build.log" >&2; die "build failed"; }

  mkdir -p "$VERBATIM_HOME/logs" "$VERBATIM_HOME/data"
  export Bus__Host=127.0.0.1 Bus__Port="$rabbit_port" Bus__Username=guest Bus__Password=guest
  export Bus__QuorumQueues="${Bus__QuorumQueues:-true}"
  # Authentication stays on: a random key per checkout unless VERBATIM_API_KEY is given.
  if [ -z "${VERBATIM_API_KEY:-}" ]; then
    [ -s "$VERBATIM_HOME/api-key" ] || (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$VERBATIM_HOME/api-key")
    VERBATIM_API_KEY="$(cat "$VERBATIM_HOME/api-key")"
  fi
  export VERBATIM_API_KEY Auth__ApiKeys__0="$VERBATIM_API_KEY"
  log "starting search service on localhost:$sport"
  (cd "$ROOT/services/Verbatim.Search/bin/Release/net10.0" &&
    Kestrel__Endpoints__Grpc__Url="http://localhost:$sport" \
    Index__Path="$VERBATIM_HOME/data/search/index" Store__Path="$VERBATIM_HOME/data/search/dispatches" \
    exec dotnet Verbatim.Search.dll) >"$VERBATIM_HOME/logs/search.log" 2>&1 &
  CHILD_PIDS+=($!)
  log "starting translation service on localhost:$tport"
  (cd "$ROOT/services/Verbatim.Translation/bin/Release/net10.0" &&
    Kestrel__Endpoints__Grpc__Url="http://localhost:$tport" State__Path="$VERBATIM_HOME/data/translation" \
    exec dotnet Verbatim.Translation.dll) >"$VERBATIM_HOME/logs/translation.log" 2>&1 &
  CHILD_PIDS+=($!)

  local cli=(dotnet "$ROOT/services/Verbatim.Cli/bin/Release/net10.0/verbatim.dll"
             --translation "http://localhost:$tport" --search "http://localhost:$sport")
  "${cli[@]}" wait --timeout 120 || { tail -n 30 "$VERBATIM_HOME"/logs/*.log >&2; die "services did not start (logs above)"; }

  log "ingesting samples/"
  "${cli[@]}" submit "$ROOT"/samples/*.txt || log "some samples were rejected (see above)"
  log "one search result:"
  "${cli[@]}" search --limit 1 --wait 30 "" || true

  cat >&2 <<EOF

Verbatim is running:
  translation  localhost:$tport  (verbatim.translation.v1.TranslationService)
  search       localhost:$sport  (verbatim.search.v1.StatementSearch)
  RabbitMQ     127.0.0.1:$rabbit_port  (node $RABBIT_NODE)
  logs         $VERBATIM_HOME/logs/
  API key      in $VERBATIM_HOME/api-key (send it as x-api-key metadata)
Try:  VERBATIM_API_KEY=\$(cat $VERBATIM_HOME/api-key) dotnet services/Verbatim.Cli/bin/Release/net10.0/verbatim.dll search "négociations"
Press Ctrl-C to stop.
EOF
  # Stay in the foreground until Ctrl-C or a service exits.
  wait -n "${CHILD_PIDS[@]}" || true
  log "a service exited; see $VERBATIM_HOME/logs/"
}

cmd_test() {
  setup
  ensure_packages docker-compose
  local rabbit_port="${VERBATIM_RABBITMQ_PORT:-5683}"
  trap cleanup EXIT
  # A fresh broker per run: no queue or message left over from an earlier run can hide a bug.
  rabbit_kill_stale verbatim-test
  as_root rm -rf "$RABBIT_BASE/verbatim-test"
  rabbit_start verbatim-test "$rabbit_port"
  export VERBATIM_TEST_RABBITMQ_HOST=127.0.0.1 VERBATIM_TEST_RABBITMQ_PORT="$rabbit_port"
  # Fault tests stop and restart the broker application through this wrapper. (A file, not an
  # exported shell snippet: rabbitmqctl parses the whole environment and chokes on multi-line values.)
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  printf '#!/bin/sh\nexec %s runuser -u rabbitmq -- env HOME=%s /usr/lib/rabbitmq/bin/rabbitmqctl -n %s "$@"\n' \
    "$sudo" "$RABBIT_DIR" "$RABBIT_NODE" > "$VERBATIM_HOME/rabbitmqctl-test"
  chmod +x "$VERBATIM_HOME/rabbitmqctl-test"
  export VERBATIM_TEST_RABBITMQCTL="$VERBATIM_HOME/rabbitmqctl-test"
  # A vhost where no queue is ever bound, for the unroutable-publish test.
  rabbitctl add_vhost verbatim-unroutable >/dev/null
  rabbitctl set_permissions -p verbatim-unroutable guest '.*' '.*' '.*' >/dev/null

  # A non-.NET client (Node.js, generated from protos/ at run time) is part of the end-to-end suite.
  command -v node >/dev/null && command -v npm >/dev/null || ensure_packages nodejs npm
  log "installing the Node.js test client's packages"
  npm ci --prefix "$ROOT/tests/clients/node" --no-audit --no-fund --loglevel=error >/dev/null

  log "validating docker-compose.yml"
  (cd "$ROOT" && docker-compose config -q) || die "docker-compose.yml is invalid"

  log "running tests"
  local out="$VERBATIM_HOME/test-output.txt" status=0
  export VERBATIM_TEST_REPORT="$VERBATIM_HOME/fault-report.txt"
  rm -f "$VERBATIM_TEST_REPORT"
  dotnet test "$ROOT/Microservices.sln" -nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$out" || status=$?
  # One plain summary line over every test project.
  if [ -s "$VERBATIM_TEST_REPORT" ]; then
    log "fault scenarios (see RELIABILITY.md):"
    cat "$VERBATIM_TEST_REPORT" >&2
  fi
  # Repeat every failing test's name and first message lines last, where a CI log's tail shows them.
  if grep -qE '^[[:space:]]+Failed Verbatim\.' "$out"; then
    log "failed tests:"
    grep -E -A8 '^[[:space:]]+Failed Verbatim\.' "$out" | grep -vE '^[[:space:]]+at ' | head -60 >&2
  fi
  # Each project's run ends with "Total tests: N / Passed: N / Failed: N / Skipped: N" lines.
  awk '/^[[:space:]]+Passed: [0-9]+$/ { p += $2 } /^[[:space:]]+Failed: [0-9]+$/ { f += $2 } /^[[:space:]]+Skipped: [0-9]+$/ { s += $2 }
       END { printf "%d passed, %d failed, %d skipped\n", p, f, s; if (p == 0 || f > 0) exit 1 }' "$out" || status=1
  return "$status"
}

case "${1:-}" in
  up) cmd_up ;;
  test) shift; cmd_test "$@" ;;
  *) echo "usage: $0 up|test" >&2; exit 2 ;;
esac
