# Shared by bin/forgeline: where things live, which JDK, small helpers. Sourced, not run.

FORGELINE_HOME="${FORGELINE_HOME:-${XDG_STATE_HOME:-$HOME/.local/state}/forgeline}"
export FORGELINE_HOME
# Every local process listens on this address only: a developer's laptop on a café network exposes nothing.
FORGELINE_BIND_HOST="${FORGELINE_BIND_HOST:-127.0.0.1}"
FORGELINE_DB_HOST="${FORGELINE_DB_HOST:-localhost}"
FORGELINE_DB_PORT="${FORGELINE_DB_PORT:-54329}"
FORGELINE_DB_USER="${FORGELINE_DB_USER:-forgeline}"
FORGELINE_DB_PASSWORD="${FORGELINE_DB_PASSWORD:-forgeline}"
FORGELINE_KAFKA_PORT="${FORGELINE_KAFKA_PORT:-19092}"
FORGELINE_KAFKA_CONTROLLER_PORT="${FORGELINE_KAFKA_CONTROLLER_PORT:-19093}"
FORGELINE_KAFKA_BOOTSTRAP="${FORGELINE_KAFKA_BOOTSTRAP:-localhost:$FORGELINE_KAFKA_PORT}"
FORGELINE_KEYCLOAK_PORT="${FORGELINE_KEYCLOAK_PORT:-18080}"
FORGELINE_KEYCLOAK_URL="${FORGELINE_KEYCLOAK_URL:-http://localhost:$FORGELINE_KEYCLOAK_PORT}"
# Per process: the HTTP port (gRPC shares it) and the management port (health, metrics).
FORGELINE_GATEWAY_PORT="${FORGELINE_GATEWAY_PORT:-8080}"
FORGELINE_GATEWAY_MANAGEMENT_PORT="${FORGELINE_GATEWAY_MANAGEMENT_PORT:-9080}"
FORGELINE_SCHEDULING_PORT="${FORGELINE_SCHEDULING_PORT:-8081}"
FORGELINE_SCHEDULING_MANAGEMENT_PORT="${FORGELINE_SCHEDULING_MANAGEMENT_PORT:-9081}"
FORGELINE_EXECUTION_PORT="${FORGELINE_EXECUTION_PORT:-8082}"
FORGELINE_EXECUTION_MANAGEMENT_PORT="${FORGELINE_EXECUTION_MANAGEMENT_PORT:-9082}"
FORGELINE_QUALITY_PORT="${FORGELINE_QUALITY_PORT:-8083}"
FORGELINE_QUALITY_MANAGEMENT_PORT="${FORGELINE_QUALITY_MANAGEMENT_PORT:-9083}"
FORGELINE_WAREHOUSE_PORT="${FORGELINE_WAREHOUSE_PORT:-8084}"
FORGELINE_WAREHOUSE_MANAGEMENT_PORT="${FORGELINE_WAREHOUSE_MANAGEMENT_PORT:-9084}"
FORGELINE_SUPPLY_PORT="${FORGELINE_SUPPLY_PORT:-8085}"
FORGELINE_SUPPLY_MANAGEMENT_PORT="${FORGELINE_SUPPLY_MANAGEMENT_PORT:-9085}"
export FORGELINE_DB_HOST FORGELINE_DB_PORT FORGELINE_DB_USER FORGELINE_DB_PASSWORD \
       FORGELINE_KAFKA_BOOTSTRAP FORGELINE_KEYCLOAK_URL FORGELINE_BIND_HOST

KAFKA_VERSION=4.2.2
KEYCLOAK_VERSION=26.7.3

# name  module-dir  http-port (gRPC too)  management-port (health, metrics)
SERVICE_TABLE="warehouse services/warehouse $FORGELINE_WAREHOUSE_PORT $FORGELINE_WAREHOUSE_MANAGEMENT_PORT
scheduling services/scheduling $FORGELINE_SCHEDULING_PORT $FORGELINE_SCHEDULING_MANAGEMENT_PORT
execution services/execution $FORGELINE_EXECUTION_PORT $FORGELINE_EXECUTION_MANAGEMENT_PORT
quality services/quality $FORGELINE_QUALITY_PORT $FORGELINE_QUALITY_MANAGEMENT_PORT
supply services/supply $FORGELINE_SUPPLY_PORT $FORGELINE_SUPPLY_MANAGEMENT_PORT
gateway gateway $FORGELINE_GATEWAY_PORT $FORGELINE_GATEWAY_MANAGEMENT_PORT"

service_names() { echo "$SERVICE_TABLE" | awk '{print $1}'; }
service_field() { echo "$SERVICE_TABLE" | awk -v n="$1" -v f="$2" '$1 == n {print $f}'; }
service_http_port() { service_field "$1" 3; }
service_management_port() { service_field "$1" 4; }

# Where this machine reaches what listens on FORGELINE_BIND_HOST (a wildcard is reached on loopback).
local_address() {
  case $FORGELINE_BIND_HOST in 0.0.0.0|::|'[::]') echo 127.0.0.1 ;; *) echo "$FORGELINE_BIND_HOST" ;; esac
}

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

# Whether a Docker engine answers: the docker CLI if there is one, else the engine's API on DOCKER_HOST or
# on the sockets Docker, rootless Docker and Docker Desktop use. These machines have none.
docker_reachable() {
  if command -v docker >/dev/null; then docker info >/dev/null 2>&1; return; fi
  case ${DOCKER_HOST:-} in
    tcp://*) curl -fs --max-time 3 "http://${DOCKER_HOST#tcp://}/_ping" >/dev/null 2>&1; return ;;
    unix://*) curl -fs --max-time 3 --unix-socket "${DOCKER_HOST#unix://}" http://docker/_ping >/dev/null 2>&1; return ;;
  esac
  local socket
  for socket in /var/run/docker.sock "${XDG_RUNTIME_DIR:-/nonexistent}/docker.sock" "$HOME/.docker/run/docker.sock"; do
    [ -S "$socket" ] && curl -fs --max-time 3 --unix-socket "$socket" http://docker/_ping >/dev/null 2>&1 && return 0
  done
  return 1
}

# --- ports -------------------------------------------------------------------------------------------

# port_pid PORT: the pid listening on PORT, as far as ss (iproute2) can tell: empty for another user's
# process. Fails when nobody listens.
port_pid() {
  local line
  if command -v ss >/dev/null; then
    line=$(ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 1p)
    [ -n "$line" ] || return 1
    sed -n 's/.*pid=\([0-9][0-9]*\).*/\1/p' <<<"$line"
    return 0
  fi
  port_open "$1" || return 1
  echo ""
}

# port_holder PORT: who listens on PORT, as "pid N: command line"; fails when nobody does.
port_holder() {
  local pid
  pid=$(port_pid "$1") || return 1
  if [ -n "$pid" ]; then
    echo "pid $pid: $(proc_cmdline "$pid" | cut -c1-300)"
  elif command -v ss >/dev/null; then
    echo "a process of another user (run as root to see which)"
  else
    echo "an unknown process (install iproute2 for ss to name it)"
  fi
}

# ports_free WHAT:PORT...: fails with every taken port and its holder named, before anything is started,
# so a half-started suite never has to be cleaned up because the fifth process found its port taken.
ports_free() {
  local entry what port holder taken=()
  for entry in "$@"; do
    what=${entry%:*}; port=${entry##*:}
    if holder=$(port_holder "$port"); then taken+=("port $port ($what) is taken by $holder"); fi
  done
  [ ${#taken[@]} -eq 0 ] && return 0
  printf '\033[1;31mforgeline:\033[0m %s\n' "${taken[@]}" >&2
  die "free the port(s) above or choose others (FORGELINE_*_PORT, see README.md)"
}

# --- processes we start ------------------------------------------------------------------------------

proc_cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null; }

# proc_start_time PID: when the kernel started the process (clock ticks since boot, /proc/PID/stat field 22).
# The command name (field 2) may hold spaces and parentheses, so fields are counted after its ')'.
proc_start_time() {
  local stat; stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  awk '{print $20}' <<<"${stat##*) }"
}

# A daemon must not keep descriptors the launcher inherited or holds: run as `flock LOCK bin/forgeline test`
# (as the project's own Maven lock is used), PostgreSQL, Kafka and Keycloak would otherwise hold LOCK for as
# long as they run, and so would they the launcher's own lock on fd 9. Call in the subshell that execs it.
close_inherited_fds() {
  local path fd
  for path in /proc/"$BASHPID"/fd/*; do
    fd=${path##*/}
    if [ "$fd" -gt 2 ]; then exec {fd}>&- 2>/dev/null || true; fi
  done
}

# spawn PIDFILE LOG COMMAND...: COMMAND in the background, in a session of its own so that stopping it
# reaches every process it starts (kc.sh runs Keycloak's java as a child), with no inherited descriptor.
# The pid file records the pid and its start time, so a pid the kernel later gives to another program is
# never taken for ours. (The subshell is not a process group leader, so setsid execs without forking: $! is
# the daemon's pid.)
spawn() {
  local pidfile=$1 log=$2 pid; shift 2
  (close_inherited_fds; exec setsid nohup "$@" >"$log" 2>&1 </dev/null) &
  pid=$!
  echo "$pid $(proc_start_time "$pid")" >"$pidfile"
}

# is_ours PID MARKER [START]: whether PID still runs and is the process we started: MARKER (its jar, data
# directory...) is on its command line and, when known, it started at START (clock ticks since boot).
is_ours() {
  local pid=$1 marker=$2 started=${3:-} now cmdline
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  now=$(proc_start_time "$pid") && [ -n "$now" ] || return 1
  [ -z "$started" ] || [ "$started" = "$now" ] || return 1
  cmdline=$(proc_cmdline "$pid")
  [[ $cmdline == *"$marker"* ]]
}

# our_pid PIDFILE MARKER: prints the pid a pid file records when that process is still ours (pid files of
# older launchers record no start time: the command line decides alone). Fails when the file is stale.
our_pid() {
  local file=$1 marker=$2 pid="" started=""
  [ -f "$file" ] || return 1
  read -r pid started <"$file" || true
  is_ours "$pid" "$marker" "$started" || return 1
  echo "$pid"
}

# Whether any process of a process group (or a single process) still runs; zombies have exited already.
group_alive() {
  local target=$1
  if [ "${target#-}" != "$target" ]; then
    ps -eo pgid=,stat= | awk -v g="${target#-}" '$1 == g && $2 !~ /^Z/ {found = 1} END {exit !found}'
  else
    [ -n "$(ps -o stat= -p "$target" 2>/dev/null | grep -v '^Z')" ]
  fi
}

# stop_daemon PIDFILE MARKER NAME: TERM to the process and all it started, KILL after 30 s, and return only
# once none of them runs any more, so an `up` right after `down` finds the ports free.
stop_daemon() {
  local file=$1 marker=$2 name=$3 pid target i
  if ! pid=$(our_pid "$file" "$marker"); then
    [ -f "$file" ] && say "$name is not running (stale pid file removed)"
    rm -f "$file"
    return 0
  fi
  # spawn made it a process group leader; a process of an older launcher is signalled alone
  target=$pid
  [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ] && target=-$pid
  kill -TERM -- "$target" 2>/dev/null || true
  for i in $(seq 1 60); do group_alive "$target" || break; sleep 0.5; done
  if group_alive "$target"; then
    warn "$name did not stop within 30 s, killing it"
    kill -KILL -- "$target" 2>/dev/null || true
    for i in $(seq 1 50); do group_alive "$target" || break; sleep 0.2; done
    group_alive "$target" && die "$name (pid $pid) survived kill -9"
  fi
  rm -f "$file"
  say "stopped $name"
}

# --- one launcher at a time per state directory ------------------------------------------------------

# Starting and stopping the shared parts happens under an exclusive lock on FORGELINE_HOME/run/infra.lock:
# two `infra up` at once would otherwise both find Keycloak down and start two. Held on fd 9, which daemons
# never inherit (close_inherited_fds). Nested calls keep the lock they already hold.
STATE_LOCKED=0
lock_state() {
  [ "$STATE_LOCKED" = 1 ] && return 0
  mkdir -p "$FORGELINE_HOME/run"
  exec 9>>"$FORGELINE_HOME/run/infra.lock"
  if ! flock -n 9; then
    say "another bin/forgeline is starting or stopping parts in $FORGELINE_HOME: waiting for it"
    flock -w 900 9 || die "$FORGELINE_HOME/run/infra.lock still held after 15 minutes"
  fi
  STATE_LOCKED=1
}
unlock_state() {
  [ "$STATE_LOCKED" = 1 ] || return 0
  exec 9>&-
  STATE_LOCKED=0
}
