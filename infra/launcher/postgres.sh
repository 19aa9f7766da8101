# PostgreSQL from the machine's packages: one cluster, one database per service. Sourced by bin/forgeline.

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

pg_require_binaries() {
  pg_bindir >/dev/null && return 0
  if [ "${CI:-}" = true ] && is_root; then
    say "installing PostgreSQL 15 server (Debian package postgresql-15)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null \
      || die "apt-get install postgresql-15 failed"
    pg_bindir >/dev/null || die "postgresql-15 installed but no initdb under /usr/lib/postgresql"
  else
    die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin. Install the Debian package postgresql-15: sudo apt-get install postgresql-15"
  fi
}

# PostgreSQL refuses to run as root, and the postgres user cannot enter /root: as root the cluster lives
# under /var/lib/postgresql (owned by postgres) and the state directory links to it.
pg_home() {
  if is_root; then
    echo "/var/lib/postgresql/forgeline-$(printf '%s' "$FORGELINE_HOME" | sha1sum | cut -c1-10)"
  else
    echo "$FORGELINE_HOME/postgres"
  fi
}

pg_as_owner() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_ready() { "$(pg_bindir)/pg_isready" -q -h "$FORGELINE_DB_HOST" -p "$FORGELINE_DB_PORT"; }

# The postmaster of this state directory's cluster, when it runs: postmaster.pid names it, and its command
# line must name our data directory (after a crash the file may name a pid since given to another program).
pg_our_pid() {
  local data pid; data="$(pg_home)/data"
  pid=$(head -1 "$data/postmaster.pid" 2>/dev/null) || return 1
  is_ours "$pid" "-D $data" || return 1
  echo "$pid"
}

# Ports `pg_up` would need: none when a PostgreSQL already answers there (reused, as today).
pg_ports_needed() {
  pg_bindir >/dev/null && pg_ready >/dev/null 2>&1 && return 0
  echo "PostgreSQL:$FORGELINE_DB_PORT"
}

pg_up() {
  pg_require_binaries
  local bin home
  bin=$(pg_bindir); home=$(pg_home)
  if pg_ready; then say "PostgreSQL already running on port $FORGELINE_DB_PORT"; return 0; fi
  mkdir -p "$home"
  if is_root; then
    chown postgres:postgres "$home"
    mkdir -p "$FORGELINE_HOME"
    ln -sfn "$home" "$FORGELINE_HOME/postgres"
  fi
  if [ ! -f "$home/data/PG_VERSION" ]; then
    say "creating the PostgreSQL cluster in $home/data"
    printf '%s\n' "$FORGELINE_DB_PASSWORD" > "$home/pwfile"
    is_root && chown postgres:postgres "$home/pwfile"
    pg_as_owner "$bin/initdb" -D "$home/data" -U "$FORGELINE_DB_USER" --pwfile="$home/pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$home/initdb.log" 2>&1 \
      || { cat "$home/initdb.log" >&2; die "initdb failed"; }
    rm -f "$home/pwfile"
  fi
  pg_as_owner mkdir -p "$home/run"
  say "starting PostgreSQL on $FORGELINE_BIND_HOST:$FORGELINE_DB_PORT"
  STARTED+=(postgres)
  # the postmaster outlives us: it must not hold the launcher's lock or any lock our caller holds
  (close_inherited_fds
   pg_as_owner "$bin/pg_ctl" -D "$home/data" -l "$home/postgres.log" -w -t 60 \
     -o "-p $FORGELINE_DB_PORT -k $home/run -c listen_addresses=$FORGELINE_BIND_HOST -c max_connections=300 -c fsync=on" \
     start >/dev/null) \
    || { tail -20 "$home/postgres.log" >&2; die "PostgreSQL did not start"; }
}

# Returns when the postmaster and all its backends have exited: fast shutdown (sessions rolled back), and
# an immediate one if that takes longer than a minute.
pg_down() {
  local home pid; home=$(pg_home)
  pg_bindir >/dev/null || return 0
  pid=$(pg_our_pid) || return 0
  if ! pg_as_owner "$(pg_bindir)/pg_ctl" -D "$home/data" -m fast -w -t 60 stop >/dev/null 2>&1; then
    warn "PostgreSQL did not stop within 60 s: immediate shutdown"
    pg_as_owner "$(pg_bindir)/pg_ctl" -D "$home/data" -m immediate -w -t 60 stop >/dev/null 2>&1 || true
  fi
  local i
  for i in $(seq 1 100); do group_alive "$pid" || break; sleep 0.2; done
  group_alive "$pid" && die "PostgreSQL (pid $pid) did not exit"
  say "stopped PostgreSQL"
}

pg_psql() {
  PGPASSWORD="$FORGELINE_DB_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h "$FORGELINE_DB_HOST" -p "$FORGELINE_DB_PORT" \
    -U "$FORGELINE_DB_USER" -d postgres "$@"
}

pg_ensure_database() {
  local name=$1
  if [ -z "$(pg_psql -tAc "select 1 from pg_database where datname = '$name'")" ]; then
    pg_psql -c "create database $name" && say "created database $name"
  fi
}
