# bin/forgeline check: invariants of a running plant, asked of the services' admin APIs. Sourced by bin/forgeline.

# check ledger: every stock balance against the sum of its ledger movements (warehouse); exit 1 on any mismatch.
check_ledger() {
  local token body status url
  url="http://localhost:$(service_field warehouse 3)/api/warehouse/ledger/check"
  token=$(dlq_token)
  body=$(curl -s --max-time 120 -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Accept: application/json' "$url") \
    || die "no answer from the warehouse at $url: is it running (bin/forgeline status)?"
  status=${body##*$'\n'}; body=${body%$'\n'*}
  [ "$status" = 200 ] || die "GET $url: $status $body"
  local balances movements mismatches
  balances=$(printf '%s' "$body" | sed -n 's/.*"balances":\([0-9]*\).*/\1/p')
  movements=$(printf '%s' "$body" | sed -n 's/.*"movements":\([0-9]*\).*/\1/p')
  mismatches=$(printf '%s' "$body" | sed -n 's/.*"mismatches":\[\(.*\)\].*/\1/p')
  say "ledger: $balances balances against $movements movements"
  if [ -n "$mismatches" ]; then
    warn "balances that are not the sum of their movements:"
    printf '%s\n' "$mismatches" | sed 's/},{/}\n{/g' >&2
    return 1
  fi
  say "every balance equals the sum of its movements"
}

cmd_check() {
  case "${1:-}" in
    ledger) check_ledger ;;
    *) die "usage: bin/forgeline check ledger" ;;
  esac
}
