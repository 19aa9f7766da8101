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

keycloak_realm_file() { echo "$ROOT/infra/keycloak/forgeline-realm.json"; }
keycloak_realm_sum() { sha1sum "$(keycloak_realm_file)" | cut -d' ' -f1; }

# The user profile the realm file declares (the kc.user.profile.config of its UserProfileProvider component),
# as the admin API's users/profile takes it. The file keeps that JSON as one string on a line of its own, with
# no escape but \" (deploy-checks holds it to that); nothing printed when the file declares none.
keycloak_user_profile() {
  sed -n '/"kc.user.profile.config"/{n;s/^ *"\({.*}\)" *$/\1/p;}' "$(keycloak_realm_file)" | sed 's/\\"/"/g'
}

# A Keycloak that already runs keeps the realm it imported at its start, and other checkouts' tests may be
# using it, so a changed realm file is applied in place through the admin API rather than by a restart:
# the realm's own settings, its user profile (which neither of the others applies, and without which the
# admin API and console would neither show nor accept supplier_id), then its roles, clients and users
# overwritten (signing keys and sessions stay).
keycloak_sync_realm() {
  local dir sum realm token profile; dir=$(keycloak_dir); sum=$(keycloak_realm_sum); realm=$(keycloak_realm_file)
  profile=$(keycloak_user_profile)
  [ -d "$dir/data" ] || return 0   # not our Keycloak: whoever runs it owns its realm
  [ "$(cat "$dir/data/realm.sha1" 2>/dev/null)" = "$sum" ] && return 0
  say "the realm file changed: applying it to the running Keycloak"
  token=$(curl -fs --max-time 10 -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
            "$FORGELINE_KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p') || true
  [ -n "$token" ] || { warn "cannot sign in to Keycloak's admin API: the realm stays as it was (restart Keycloak to re-import)"; return 0; }
  curl -fs --max-time 30 -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      --data-binary @"$realm" "$FORGELINE_KEYCLOAK_URL/admin/realms/forgeline" \
    && { [ -z "$profile" ] || printf '%s' "$profile" \
           | curl -fs --max-time 30 -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
               --data-binary @- "$FORGELINE_KEYCLOAK_URL/admin/realms/forgeline/users/profile"; } \
    && { printf '{"ifResourceExists":"OVERWRITE",'; tail -c +2 "$realm"; } \
       | curl -fs --max-time 60 -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
           --data-binary @- "$FORGELINE_KEYCLOAK_URL/admin/realms/forgeline/partialImport" \
    || { warn "Keycloak refused the changed realm file: the realm stays as it was"; return 0; }
  cp "$realm" "$dir/data/import/forgeline-realm.json"
  echo "$sum" > "$dir/data/realm.sha1"
}

keycloak_pidfile() { echo "$FORGELINE_HOME/run/keycloak.pid"; }
# on the command line of kc.sh and of the java it starts (-Dkc.home.dir=...)
keycloak_marker() { echo "$(keycloak_dir)/"; }

# Ports `keycloak_up` would need: none when a Keycloak with the realm already answers (reused, as today).
keycloak_ports_needed() {
  keycloak_ready && return 0
  our_pid "$(keycloak_pidfile)" "$(keycloak_marker)" >/dev/null && return 0   # ours, still starting
  echo "Keycloak:$FORGELINE_KEYCLOAK_PORT"
}

# Called under the state lock (bin/forgeline infra_up): two launchers never both find it down and start two.
keycloak_up() {
  if keycloak_ready; then keycloak_sync_realm; say "Keycloak already running at $FORGELINE_KEYCLOAK_URL"; return 0; fi
  if our_pid "$(keycloak_pidfile)" "$(keycloak_marker)" >/dev/null; then
    wait_for "Keycloak (already starting)" 240 keycloak_ready || die "Keycloak did not start; see bin/forgeline logs keycloak"
    return 0
  fi
  pick_jdk
  keycloak_fetch
  local dir realm sum; dir=$(keycloak_dir); realm=$(keycloak_realm_file)
  mkdir -p "$dir/data/import" "$FORGELINE_HOME/logs" "$FORGELINE_HOME/run"
  # A changed realm file only takes effect on a fresh realm: drop the dev database when it changed.
  sum=$(keycloak_realm_sum)
  if [ "$(cat "$dir/data/realm.sha1" 2>/dev/null)" != "$sum" ]; then
    rm -rf "$dir/data/h2"
    cp "$realm" "$dir/data/import/forgeline-realm.json"
    echo "$sum" > "$dir/data/realm.sha1"
  fi
  say "starting Keycloak $KEYCLOAK_VERSION at $FORGELINE_KEYCLOAK_URL (the first start builds it: about a minute)"
  STARTED+=(keycloak)
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m" \
    spawn "$(keycloak_pidfile)" "$FORGELINE_HOME/logs/keycloak.log" \
      "$dir/bin/kc.sh" start-dev --http-host="$FORGELINE_BIND_HOST" --http-port="$FORGELINE_KEYCLOAK_PORT" --import-realm \
      --health-enabled=false --metrics-enabled=false
  wait_for "Keycloak" 240 keycloak_ready || { tail -30 "$FORGELINE_HOME/logs/keycloak.log" >&2; die "Keycloak did not start"; }
}

# kc.sh runs Keycloak's java as its child: stop_daemon signals the whole process group and waits for both.
keycloak_down() { stop_daemon "$(keycloak_pidfile)" "$(keycloak_marker)" Keycloak; }
