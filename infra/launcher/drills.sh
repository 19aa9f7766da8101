# bin/forgeline infra kill <part>: ends a part of the infrastructure the way a crash would, for fault drills
# and the fault tests; `bin/forgeline infra up` brings it back. Sourced by bin/forgeline.

infra_kill() {
  case "${1:-}" in
    postgres)
      [ -f "$(pg_home)/data/postmaster.pid" ] || die "PostgreSQL is not running from $(pg_home)/data"
      # immediate: no checkpoint, clients cut off mid-transaction, crash recovery at the next start
      pg_as_owner "$(pg_bindir)/pg_ctl" -D "$(pg_home)/data" -m immediate -w stop >/dev/null \
        || die "pg_ctl stop -m immediate failed"
      say "PostgreSQL stopped immediately" ;;
    kafka)
      local pid
      pid=$(our_pid "$(kafka_pidfile)" "$(kafka_marker)") || die "no Kafka of $FORGELINE_HOME is running"
      kill -KILL "$pid"
      while group_alive "$pid"; do sleep 0.1; done
      rm -f "$(kafka_pidfile)"
      say "Kafka killed (-9)" ;;
    *) die "usage: bin/forgeline infra kill postgres|kafka" ;;
  esac
}
