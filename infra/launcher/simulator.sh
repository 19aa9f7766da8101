# The machine simulator (tools/machine-simulator) beside a running suite: `bin/forgeline up --simulate` starts it
# before the services and points execution's OPC UA bridge at it, so the board and the OEE move on a machine with
# no machines. Sourced by bin/forgeline.

FORGELINE_OPCUA_PORT=${FORGELINE_OPCUA_PORT:-4840}
# plant time ten times faster than real time, so a breakdown (mean every 4 h) shows within the hour
FORGELINE_SIMULATOR_ARGS=${FORGELINE_SIMULATOR_ARGS:---speed 10}

simulator_pidfile() { echo "$FORGELINE_HOME/run/machine-simulator.pid"; }
simulator_marker() { echo "io.forgeline.simulator.MachineSimulator"; }
simulator_running() { our_pid "$(simulator_pidfile)" "$(simulator_marker)" >/dev/null; }
simulator_endpoint() { echo "opc.tcp://$(local_address):$FORGELINE_OPCUA_PORT/forgeline"; }

simulator_up() {
  if simulator_running; then say "machine simulator already running"; return 0; fi
  local cp
  cp=$("$ROOT/tools/machine-simulator/classpath") || die "the machine simulator did not build"
  STARTED+=(machine-simulator)
  # shellcheck disable=SC2086  # the simulator's options are words on purpose
  spawn "$(simulator_pidfile)" "$FORGELINE_HOME/logs/machine-simulator.log" \
    "$JAVA_HOME/bin/java" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$cp" "$(simulator_marker)" \
    --host "$(local_address)" --port "$FORGELINE_OPCUA_PORT" $FORGELINE_SIMULATOR_ARGS
  local waited=0
  until grep -q "^Simulating" "$FORGELINE_HOME/logs/machine-simulator.log" 2>/dev/null; do
    simulator_running || { tail -20 "$FORGELINE_HOME/logs/machine-simulator.log" >&2; die "the machine simulator exited"; }
    [ "$waited" -lt 60 ] || die "the machine simulator did not start in 60 s"
    sleep 1; waited=$((waited + 1))
  done
  say "machine simulator at $(simulator_endpoint)"
  export FORGELINE_OPCUA_ENDPOINT
  FORGELINE_OPCUA_ENDPOINT=$(simulator_endpoint)
}

simulator_down() { stop_daemon "$(simulator_pidfile)" "$(simulator_marker)" machine-simulator; }
