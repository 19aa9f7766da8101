# Shared by bin/forgeline: where things live, which JDK, small helpers. Sourced, not run.

FORGELINE_HOME="${FORGELINE_HOME:-${XDG_STATE_HOME:-$HOME/.local/state}/forgeline}"
export FORGELINE_HOME
FORGELINE_DB_HOST="${FORGELINE_DB_HOST:-localhost}"
FORGELINE_DB_PORT="${FORGELINE_DB_PORT:-54329}"
FORGELINE_DB_USER="${FORGELINE_DB_USER:-forgeline}"
FORGELINE_DB_PASSWORD="${FORGELINE_DB_PASSWORD:-forgeline}"
FORGELINE_KAFKA_PORT="${FORGELINE_KAFKA_PORT:-19092}"
FORGELINE_KAFKA_CONTROLLER_PORT="${FORGELINE_KAFKA_CONTROLLER_PORT:-19093}"
FORGELINE_KAFKA_BOOTSTRAP="${FORGELINE_KAFKA_BOOTSTRAP:-localhost:$FORGELINE_KAFKA_PORT}"
FORGELINE_KEYCLOAK_PORT="${FORGELINE_KEYCLOAK_PORT:-18080}"
FORGELINE_KEYCLOAK_URL="${FORGELINE_KEYCLOAK_URL:-http://localhost:$FORGELINE_KEYCLOAK_PORT}"
FORGELINE_GATEWAY_PORT="${FORGELINE_GATEWAY_PORT:-8080}"
export FORGELINE_DB_HOST FORGELINE_DB_PORT FORGELINE_DB_USER FORGELINE_DB_PASSWORD \
       FORGELINE_KAFKA_BOOTSTRAP FORGELINE_KEYCLOAK_URL

KAFKA_VERSION=4.2.2
KEYCLOAK_VERSION=26.7.3

# name  module-dir  http-port (gRPC shares it)  management-port (health, metrics)
SERVICE_TABLE="warehouse services/warehouse 8084 9084
scheduling services/scheduling 8081 9081
execution services/execution 8082 9082
quality services/quality 8083 9083
supply services/supply 8085 9085
gateway gateway $FORGELINE_GATEWAY_PORT 9080"

service_names() { echo "$SERVICE_TABLE" | awk '{print $1}'; }
service_field() { echo "$SERVICE_TABLE" | awk -v n="$1" -v f="$2" '$1 == n {print $f}'; }

say()  { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33m!!\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31mforgeline:\033[0m %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

# JAVA_HOME if it is 21 or newer, else the newest JDK under /usr/lib/jvm that is.
pick_jdk() {
  [ -n "${FORGELINE_JAVA_PICKED:-}" ] && return 0
  local best="" best_major=0 candidate major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then best=$JAVA_HOME; best_major=$major; fi
  fi
  if [ -z "$best" ]; then
    for candidate in /usr/lib/jvm/*; do
      [ -x "$candidate/bin/javac" ] || continue
      major=$(java_major "$candidate/bin/java")
      if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
    done
  fi
  [ -n "$best" ] || die "no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, none under /usr/lib/jvm). Install one, e.g. Temurin 21 or 25, and set JAVA_HOME."
  export JAVA_HOME="$best" PATH="$best/bin:$PATH" FORGELINE_JAVA_PICKED=1
  # Maven's own libraries still use sun.misc.Unsafe; JDK 24+ warns about it on every run
  if [ "$best_major" -ge 24 ]; then export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi
  say "using JDK $best_major at $JAVA_HOME"
}

mvnw() { (cd "$ROOT" && ./mvnw -B -q "$@"); }

port_open() { (exec 3<>"/dev/tcp/${2:-127.0.0.1}/$1") 2>/dev/null; }

# wait_for DESCRIPTION SECONDS COMMAND...: poll until the command succeeds, printing a dot a second.
wait_for() {
  local what=$1 limit=$2 waited=0; shift 2
  printf '    waiting for %s ' "$what" >&2
  until "$@" >/dev/null 2>&1; do
    if [ "$waited" -ge "$limit" ]; then printf ' gave up after %ss\n' "$limit" >&2; return 1; fi
    sleep 1; waited=$((waited + 1)); printf '.' >&2
  done
  printf ' ready (%ss)\n' "$waited" >&2
}

http_ok() { curl -fs -o /dev/null --max-time 2 "$1" 2>/dev/null; }

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# stop_pid PIDFILE NAME: TERM, then KILL after 15 s.
stop_pid() {
  local file=$1 name=$2 pid i
  pid_alive "$file" || { rm -f "$file"; return 0; }
  pid=$(cat "$file")
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && { warn "$name did not stop, killing it"; kill -9 "$pid" 2>/dev/null || true; }
  rm -f "$file"
  say "stopped $name"
}
