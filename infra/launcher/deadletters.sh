# bin/forgeline dlq: list, show and replay dead letters through each service's admin API. Sourced by bin/forgeline.

# An administrator's token: FORGELINE_TOKEN if given, else a password grant for FORGELINE_ADMIN_USER
# (default admin, the development realm's administrator) through the public CLI client.
dlq_token() {
  if [ -n "${FORGELINE_TOKEN:-}" ]; then echo "$FORGELINE_TOKEN"; return 0; fi
  local user=${FORGELINE_ADMIN_USER:-admin} password=${FORGELINE_ADMIN_PASSWORD:-admin} answer
  answer=$(curl -fs --max-time 10 -d grant_type=password -d client_id=forgeline-cli -d "username=$user" \
    --data-urlencode "password=$password" "$FORGELINE_KEYCLOAK_URL/realms/forgeline/protocol/openid-connect/token") \
    || die "cannot sign in to Keycloak at $FORGELINE_KEYCLOAK_URL as $user (set FORGELINE_ADMIN_USER/FORGELINE_ADMIN_PASSWORD or FORGELINE_TOKEN)"
  printf '%s' "$answer" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

dlq_services() { service_names | grep -v '^gateway$'; }

dlq_url() {
  local name=$1
  service_names | grep -qx "$name" && [ "$name" != gateway ] || die "no service '$name' (one of: $(dlq_services | tr '\n' ' '))"
  echo "http://localhost:$(service_field "$name" 3)/api/$name/dead-letters"
}

# dlq_call METHOD URL ACCEPT: prints the body; fails with the problem's detail on a 4xx/5xx.
dlq_call() {
  local method=$1 url=$2 accept=$3 body status
  body=$(curl -s --max-time 120 -w '\n%{http_code}' -X "$method" -H "Authorization: Bearer $DLQ_TOKEN" -H "Accept: $accept" "$url") \
    || { warn "no answer from $url"; return 1; }
  status=${body##*$'\n'}; body=${body%$'\n'*}
  if [ "$status" -ge 400 ]; then
    warn "$method $url: $status $(printf '%s' "$body" | sed -n 's/.*"detail":"\([^"]*\)".*/\1/p')"
    return 1
  fi
  printf '%s\n' "$body"
}

cmd_dlq() {
  local action=${1:-} name failed=0
  [ $# -gt 0 ] && shift
  case "$action" in
    list)
      DLQ_TOKEN=$(dlq_token)
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' SERVICE ID STATUS ORIGINAL KEY TYPE PARKED-AT REASON
      for name in ${*:-$(dlq_services)}; do
        dlq_call GET "$(dlq_url "$name")" text/plain | sed '/^$/d' || failed=1
      done
      return $failed ;;
    show)
      [ $# -eq 2 ] || die "usage: bin/forgeline dlq show <service> <id>"
      DLQ_TOKEN=$(dlq_token)
      dlq_call GET "$(dlq_url "$1")/$2" application/json ;;
    replay)
      [ $# -eq 2 ] || die "usage: bin/forgeline dlq replay <service> <id>|--all"
      DLQ_TOKEN=$(dlq_token)
      if [ "$2" = --all ]; then
        dlq_call POST "$(dlq_url "$1")/replay" application/json
      else
        dlq_call POST "$(dlq_url "$1")/$2/replay" application/json
      fi ;;
    *) die "usage: bin/forgeline dlq list [service...] | show <service> <id> | replay <service> <id>|--all" ;;
  esac
}
