# The Forgeline services and the gateway as local processes. Sourced by bin/forgeline.

# Small, quick JVMs for a developer's machine: C1 only starts in well under half the time and keeps the
# compiler's memory down; a small initial heap (the default is 1/64 of the machine's memory) and two malloc
# arenas keep idle RSS near 215 MB instead of 270. Kubernetes sets its own (issue 5).
SERVICE_JVM_OPTS="-Xms32m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m -Xss512k"

service_jar() { echo "$ROOT/$(service_field "$1" 2)/target/quarkus-app/quarkus-run.jar"; }
service_pidfile() { echo "$FORGELINE_HOME/run/$1.pid"; }
# what only this checkout's process of that service has on its command line
service_marker() { echo "-jar $(service_jar "$1")"; }
service_running() { our_pid "$(service_pidfile "$1")" "$(service_marker "$1")" >/dev/null; }
# readiness lives on the management port, which neither the gateway nor an ingress exposes
service_ready() { http_ok "http://$(local_address):$(service_management_port "$1")/q/health/ready"; }

# Ports `service_launch` would need: none when this service of ours already runs.
service_ports_needed() {
  service_running "$1" && return 0
  printf '%s\n' "$1:$(service_http_port "$1")" "$1 management:$(service_management_port "$1")"
}

# Builds when a packaged service is missing or older than any source of the project.
services_build() {
  local name jar stale=""
  for name in $(service_names); do
    jar=$(service_jar "$name")
    if [ ! -f "$jar" ]; then stale="$name (not built)"; break; fi
    if [ -n "$(find "$ROOT/api-contracts" "$ROOT/platform" "$ROOT/$(service_field "$name" 2)" \
          -path '*/target' -prune -o -type f -newer "$jar" -print -quit)" ]; then stale="$name (sources changed)"; break; fi
  done
  [ -z "$stale" ] && return 0
  say "building the services: $stale; this takes a few minutes the first time"
  pick_jdk
  mvnw -DskipTests -pl '!system-tests' package || die "the build failed"
}

# The environment a service starts with: its ports, its database, and where the others are (a service
# calls another's gRPC on that one's HTTP port; the gateway routes to their HTTP addresses).
service_settings() {
  local name=$1 other upper
  echo "QUARKUS_HTTP_PORT=$(service_http_port "$name")"
  echo "QUARKUS_MANAGEMENT_PORT=$(service_management_port "$name")"
  echo "FORGELINE_BIND_HOST=$FORGELINE_BIND_HOST"
  echo "MALLOC_ARENA_MAX=2"
  [ "$name" = gateway ] || echo "FORGELINE_DB_NAME=forgeline_$name"
  # a developer's webhook receivers run on this machine: the local setup lets supply call private addresses,
  # which a production deployment never does (services/supply/README.md)
  [ "$name" = supply ] && echo "FORGELINE_SUPPLY_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true"
  for other in $(service_names); do
    [ "$other" = gateway ] || [ "$other" = "$name" ] && continue
    upper=$(tr '[:lower:]' '[:upper:]' <<<"$other")
    if [ "$name" = gateway ]; then
      echo "FORGELINE_${upper}_URL=http://$(local_address):$(service_http_port "$other")"
    else
      echo "FORGELINE_${upper}_PORT=$(service_http_port "$other")"
    fi
  done
}

# Starts a service in the background; service_wait blocks until it is ready.
service_launch() {
  local name=$1 jar settings
  jar=$(service_jar "$name")
  if service_running "$name"; then say "$name already running"; return 0; fi
  [ -f "$jar" ] || die "$jar is missing: build first (./mvnw -DskipTests package)"
  [ "$name" = gateway ] || pg_ensure_database "forgeline_$name"
  mapfile -t settings < <(service_settings "$name")
  STARTED+=("$name")
  # shellcheck disable=SC2086  # the JVM options are words on purpose
  spawn "$(service_pidfile "$name")" "$FORGELINE_HOME/logs/$name.log" \
    env "${settings[@]}" "$JAVA_HOME/bin/java" $SERVICE_JVM_OPTS ${FORGELINE_JAVA_OPTS:-} -jar "$jar"
}

# Waits for readiness (FORGELINE_READY_SECONDS, two minutes), and gives up at once when the process has
# exited (a port it could not bind, a migration that failed) rather than after the whole time.
service_wait() {
  local name=$1 waited=0 limit=${FORGELINE_READY_SECONDS:-120}
  printf '    waiting for %s on port %s ' "$name" "$(service_http_port "$name")" >&2
  until service_ready "$name"; do
    if ! service_running "$name"; then
      printf ' exited\n' >&2; tail -30 "$FORGELINE_HOME/logs/$name.log" >&2
      die "$name exited while starting; see bin/forgeline logs $name"
    fi
    if [ "$waited" -ge "$limit" ]; then
      printf ' gave up after %ss\n' "$limit" >&2; tail -30 "$FORGELINE_HOME/logs/$name.log" >&2
      die "$name did not become ready; see bin/forgeline logs $name"
    fi
    sleep 1; waited=$((waited + 1)); printf '.' >&2
  done
  printf ' ready (%ss)\n' "$waited" >&2
}

service_up() {
  service_launch "$1"
  service_wait "$1"
}

service_down() { stop_daemon "$(service_pidfile "$1")" "$(service_marker "$1")" "$1"; }
