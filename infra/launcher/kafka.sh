# Apache Kafka, one KRaft node, from Maven Central jars. Sourced by bin/forgeline.

kafka_home() { echo "$FORGELINE_HOME/kafka"; }
kafka_libs() { echo "$(kafka_home)/libs-$KAFKA_VERSION"; }

kafka_java() { "$JAVA_HOME/bin/java" -cp "$(kafka_libs)/*" "$@"; }

kafka_fetch() {
  [ -f "$(kafka_libs)/.complete" ] && return 0
  say "resolving Kafka $KAFKA_VERSION jars from Maven Central"
  mkdir -p "$(kafka_libs)"
  mvnw -f infra/kafka/pom.xml dependency:copy-dependencies -Dkafka.version="$KAFKA_VERSION" \
    -DincludeScope=runtime -DoutputDirectory="$(kafka_libs)" || die "could not resolve the Kafka jars"
  touch "$(kafka_libs)/.complete"
}

kafka_pidfile() { echo "$FORGELINE_HOME/run/kafka.pid"; }
# what only our broker has on its command line
kafka_marker() { echo "kafka.Kafka $(kafka_home)/server.properties"; }

# A broker answers on the port: ours, another state directory's, or one whose holder we cannot see. A
# process we can see that is not a Kafka broker does not count: starting would fail, ports_free says why.
kafka_running() {
  port_open "$FORGELINE_KAFKA_PORT" || return 1
  local pid; pid=$(port_pid "$FORGELINE_KAFKA_PORT") || return 0
  [ -z "$pid" ] || [[ $(proc_cmdline "$pid") == *kafka.Kafka* ]]
}

# Ports `kafka_up` would need: none when a broker already runs there (reused, as today).
kafka_ports_needed() {
  kafka_running && return 0
  our_pid "$(kafka_pidfile)" "$(kafka_marker)" >/dev/null && return 0   # ours, still starting
  printf '%s\n' "Kafka:$FORGELINE_KAFKA_PORT" "Kafka controller:$FORGELINE_KAFKA_CONTROLLER_PORT"
}

kafka_up() {
  local home; home=$(kafka_home)
  if kafka_running; then say "Kafka already running on port $FORGELINE_KAFKA_PORT"; return 0; fi
  if our_pid "$(kafka_pidfile)" "$(kafka_marker)" >/dev/null; then
    wait_for "Kafka (already starting)" 90 port_open "$FORGELINE_KAFKA_PORT" || die "Kafka did not start; see bin/forgeline logs kafka"
    return 0
  fi
  pick_jdk
  kafka_fetch
  mkdir -p "$home/data"
  local here; here=$(local_address)
  cat > "$home/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$here:$FORGELINE_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$FORGELINE_BIND_HOST:$FORGELINE_KAFKA_PORT,CONTROLLER://$FORGELINE_BIND_HOST:$FORGELINE_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$here:$FORGELINE_KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$home/data
num.partitions=3
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# development broker: topics appear on first use; production declares them (k8s KafkaTopic)
auto.create.topics.enable=true
PROPS
  if [ ! -f "$home/data/meta.properties" ]; then
    say "formatting Kafka storage"
    local cluster_id; cluster_id=$(kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    kafka_java -Dlog4j2.configurationFile="$ROOT/infra/kafka/log4j2.properties" kafka.tools.StorageTool format \
      -t "$cluster_id" -c "$home/server.properties" >"$home/format.log" 2>&1 \
      || { cat "$home/format.log" >&2; die "formatting Kafka storage failed"; }
  fi
  say "starting Kafka $KAFKA_VERSION on $FORGELINE_BIND_HOST:$FORGELINE_KAFKA_PORT"
  mkdir -p "$FORGELINE_HOME/logs" "$FORGELINE_HOME/run"
  STARTED+=(kafka)
  spawn "$(kafka_pidfile)" "$FORGELINE_HOME/logs/kafka.log" \
    "$JAVA_HOME/bin/java" -Xms128m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$ROOT/infra/kafka/log4j2.properties" -Dkafka.logs.dir="$home" \
    -cp "$(kafka_libs)/*" kafka.Kafka "$home/server.properties"
  wait_for "Kafka" 90 port_open "$FORGELINE_KAFKA_PORT" || { tail -30 "$FORGELINE_HOME/logs/kafka.log" >&2; die "Kafka did not start"; }
}

kafka_down() { stop_daemon "$(kafka_pidfile)" "$(kafka_marker)" Kafka; }
