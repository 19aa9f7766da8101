# The Forgeline services and the gateway as local processes. Sourced by bin/forgeline.

# Small, quick JVMs for a developer's machine: C1 only starts in well under half the time and keeps the
# compiler's memory down; a small initial heap (the default is 1/64 of the machine's memory) and two malloc
# arenas keep idle RSS near 215 MB instead of 270. Kubernetes sets its own (issue 5).
SERVICE_JVM_OPTS="-Xms32m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m -Xss512k"

service_jar() { echo "$ROOT/$(service_field "$1" 2)/target/quarkus-app/quarkus-run.jar"; }
service_pidfile() { echo "$FORGELINE_HOME/run/$1.pid"; }

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

# Starts a service in the background; service_wait blocks until it is ready.
service_launch() {
  local name=$1 http management jar pidfile
  http=$(service_field "$name" 3); management=$(service_field "$name" 4)
  jar=$(service_jar "$name"); pidfile=$(service_pidfile "$name")
  if pid_alive "$pidfile"; then say "$name already running"; return 0; fi
  [ "$name" = gateway ] || pg_ensure_database "forgeline_$name"
  local settings=("FORGELINE_DB_NAME=forgeline_$name" "QUARKUS_HTTP_PORT=$http" "QUARKUS_MANAGEMENT_PORT=$management"
    "FORGELINE_WAREHOUSE_PORT=$(service_field warehouse 3)" "MALLOC_ARENA_MAX=2")
  # shellcheck disable=SC2086
  nohup env "${settings[@]}" "$JAVA_HOME/bin/java" $SERVICE_JVM_OPTS ${FORGELINE_JAVA_OPTS:-} \
      -jar "$jar" >"$FORGELINE_HOME/logs/$name.log" 2>&1 &
  echo $! > "$pidfile"
}

service_wait() {
  local name=$1 http management; http=$(service_field "$name" 3); management=$(service_field "$name" 4)
  wait_for "$name on port $http" 120 http_ok "http://localhost:$management/q/health/ready" \
    || { tail -30 "$FORGELINE_HOME/logs/$name.log" >&2; die "$name did not become ready; see bin/forgeline logs $name"; }
}

service_up() {
  service_launch "$1"
  service_wait "$1"
}

service_down() { stop_pid "$(service_pidfile "$1")" "$1"; }
