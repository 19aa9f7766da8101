# Keycloak from its distribution zip on Maven Central, realm imported from infra/keycloak. Sourced by bin/forgeline.

keycloak_dir() { echo "$FORGELINE_HOME/keycloak/keycloak-$KEYCLOAK_VERSION"; }
keycloak_ready() { http_ok "$FORGELINE_KEYCLOAK_URL/realms/forgeline/.well-known/openid-configuration"; }

keycloak_fetch() {
  [ -x "$(keycloak_dir)/bin/kc.sh" ] && return 0
  say "resolving Keycloak $KEYCLOAK_VERSION from Maven Central"
  local tmp; tmp=$(mktemp -d)
  mvnw -f infra/kafka/pom.xml dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$tmp" \
    || die "could not resolve the Keycloak distribution"
  mkdir -p "$FORGELINE_HOME/keycloak"
  unzip -q "$tmp"/keycloak-quarkus-dist-*.zip -d "$FORGELINE_HOME/keycloak" || die "could not unpack Keycloak"
  rm -rf "$tmp"
}

keycloak_up() {
  if keycloak_ready; then say "Keycloak already running at $FORGELINE_KEYCLOAK_URL"; return 0; fi
  pick_jdk
  keycloak_fetch
  local dir realm sum; dir=$(keycloak_dir); realm="$ROOT/infra/keycloak/forgeline-realm.json"
  mkdir -p "$dir/data/import" "$FORGELINE_HOME/logs" "$FORGELINE_HOME/run"
  # A changed realm file only takes effect on a fresh realm: drop the dev database when it changed.
  sum=$(sha1sum "$realm" | cut -d' ' -f1)
  if [ "$(cat "$dir/data/realm.sha1" 2>/dev/null)" != "$sum" ]; then
    rm -rf "$dir/data/h2"
    cp "$realm" "$dir/data/import/forgeline-realm.json"
    echo "$sum" > "$dir/data/realm.sha1"
  fi
  say "starting Keycloak $KEYCLOAK_VERSION at $FORGELINE_KEYCLOAK_URL (the first start builds it: about a minute)"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m" \
    nohup "$dir/bin/kc.sh" start-dev --http-port="$FORGELINE_KEYCLOAK_PORT" --import-realm \
      --health-enabled=false --metrics-enabled=false >"$FORGELINE_HOME/logs/keycloak.log" 2>&1 &
  echo $! > "$FORGELINE_HOME/run/keycloak.pid"
  wait_for "Keycloak" 240 keycloak_ready || { tail -30 "$FORGELINE_HOME/logs/keycloak.log" >&2; die "Keycloak did not start"; }
}

keycloak_down() { stop_pid "$FORGELINE_HOME/run/keycloak.pid" Keycloak; }
