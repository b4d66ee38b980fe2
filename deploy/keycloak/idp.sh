# Keycloak as the identity provider of the stack (`./stack up --idp keycloak`); sourced by ./stack.
# The distribution is resolved by Maven (org.keycloak:keycloak-quarkus-dist, zip) like the Kafka jars,
# unpacked under .stack/keycloak, run on 127.0.0.1:8180 with its own database thidua_keycloak and the
# demo realm of deploy/keycloak/thidua-realm.json. It needs Java 21+ (the services stay on Java 17).
#
#   ./stack idp token --user principal.th-tramchim2 [--password demo]   password grant (client thidua-cli)
#   ./stack idp token --client school-app-th-tramchim2                  client credentials grant
#   ./stack idp client-secret school-app-th-tramchim2                   the client's secret (admin API)

IDP_PORT="${THIDUA_IDP_PORT:-8180}"
IDP_URL="http://127.0.0.1:$IDP_PORT"
IDP_REALM=thidua
IDP_ISSUER="$IDP_URL/realms/$IDP_REALM"
IDP_AUDIENCE=thidua
IDP_MODE_FILE="$RUN/idp"
IDP=""

idp_version() {
  sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml" | head -n 1
}

idp_home() { echo "$STATE/keycloak/keycloak-$(idp_version)"; }

# The first Java 21+ among KEYCLOAK_JAVA, JAVA21_HOME, the java on PATH and /usr/lib/jvm/*.
idp_java() {
  local candidate version
  for candidate in "${KEYCLOAK_JAVA:-}" "${JAVA21_HOME:+$JAVA21_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [[ -n "$candidate" && -x "$candidate" ]] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    [[ "${version%%.*}" =~ ^[0-9]+$ ]] && ((${version%%.*} >= 21)) && { echo "$candidate"; return 0; }
  done
  return 1
}

# Unpacks the Maven-resolved zip once (the first time downloads ~165 MB into ~/.m2).
idp_dist() {
  local home version
  version="$(idp_version)"; home="$(idp_home)"
  [[ -x "$home/bin/kc.sh" ]] && return 0
  say "[idp] Resolving Keycloak $version through Maven (org.keycloak:keycloak-quarkus-dist:$version:zip, ~165 MB the first time)…"
  (cd "$ROOT" && ./mvnw -B -q -N dependency:unpack -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
    -DoutputDirectory="$STATE/keycloak" >"$LOGS/keycloak-resolve.log" 2>&1) \
    || { tail -n 20 "$LOGS/keycloak-resolve.log" >&2; fail "Cannot resolve Keycloak: see $LOGS/keycloak-resolve.log"; }
  [[ -x "$home/bin/kc.sh" ]] || fail "Keycloak unpacked, but $home/bin/kc.sh is missing"
}

# The bootstrap admin of the master realm: created at Keycloak's first start, kept in .stack/keys (never committed).
idp_admin_password() {
  mkdir -p "$KEYS"
  if [[ ! -f "$KEYS/keycloak-admin.password" ]]; then
    (umask 077 && openssl rand -hex 16 >"$KEYS/keycloak-admin.password")
  fi
  cat "$KEYS/keycloak-admin.password"
}

# On Java 24+ jboss-threads resets thread locals only with java.lang open (else an IllegalAccessError at shutdown).
IDP_JAVA_OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED"
idp_ready() { curl -fsS -m 2 "$IDP_ISSUER/.well-known/openid-configuration" >/dev/null 2>&1; }

# Parses `up`'s options; only `--idp keycloak` exists. Services started in the other mode are restarted.
idp_options() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --idp) [[ "${2:-}" == keycloak ]] || fail "usage: ./stack up [--idp keycloak]"; IDP=keycloak; shift 2 ;;
      *) fail "usage: ./stack up [--idp keycloak]" ;;
    esac
  done
  local previous=""
  [[ -f "$IDP_MODE_FILE" ]] && previous="$(cat "$IDP_MODE_FILE")"
  if [[ "$previous" != "$IDP" ]]; then
    local s
    for s in "${SERVICES[@]}"; do alive "$s" && stop_one "$s"; done
  fi
  mkdir -p "$RUN"
  echo "$IDP" >"$IDP_MODE_FILE"
  # Its database is created with the services' ones (on the given or the embedded PostgreSQL).
  [[ -n "$IDP" ]] && DATABASE[keycloak]=thidua_keycloak
  return 0
}

idp_up() {
  [[ -n "$IDP" ]] || return 0
  if alive keycloak && idp_ready; then
    say "[idp] Keycloak already running on $IDP_PORT"
    return 0
  fi
  local java home i
  java="$(idp_java)" || fail "Keycloak needs Java 21 or newer and none was found (KEYCLOAK_JAVA, JAVA21_HOME, PATH, /usr/lib/jvm).
  Install one, e.g. apt-get install temurin-25-jdk (Adoptium repository) or openjdk-21-jdk-headless, into /usr/lib/jvm,
  or point KEYCLOAK_JAVA at its bin/java."
  idp_dist
  home="$(idp_home)"
  port_open 127.0.0.1 "$IDP_PORT" && fail "Port $IDP_PORT is taken by another program: stop it or set THIDUA_IDP_PORT"
  mkdir -p "$home/data/import"
  cp "$ROOT/deploy/keycloak/thidua-realm.json" "$home/data/import/thidua-realm.json"
  export JAVA="$java" JAVA_HOME="${java%/bin/java}"
  if [[ ! -f "$STATE/keycloak/built-$(idp_version)" ]]; then
    # An optimized build once (database vendor), so that every start skips the augmentation.
    say "[idp] Building Keycloak for PostgreSQL (once, ~1 min)…"
    "$home/bin/kc.sh" build --db=postgres >"$LOGS/keycloak-build.log" 2>&1 \
      || { tail -n 20 "$LOGS/keycloak-build.log" >&2; fail "kc.sh build failed: see $LOGS/keycloak-build.log"; }
    touch "$STATE/keycloak/built-$(idp_version)"
  fi
  say "[idp] Starting Keycloak $(idp_version) on $IDP_PORT (database thidua_keycloak on $PG_HOST:$PG_PORT, Java $java)…"
  # The realm is imported at the first start only (an existing realm is left as it is).
  start_background keycloak "$LOGS/keycloak.log" env \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$(idp_admin_password)" \
    KC_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/thidua_keycloak" KC_DB_USERNAME="$PG_USER" KC_DB_PASSWORD="$PG_PASSWORD" \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" JAVA_OPTS_APPEND="$IDP_JAVA_OPENS" \
    "$home/bin/kc.sh" start --optimized --import-realm --http-enabled=true --http-host=127.0.0.1 --http-port="$IDP_PORT" \
    --hostname-strict=false --hostname="$IDP_URL" --cache=local
  # The first start creates Keycloak's schema: minutes on a loaded 2-core machine (KeycloakIT measured it).
  for ((i = 0; i < 1200; i++)); do
    idp_ready && { say "[idp] Keycloak ready after $((i / 2))s: issuer $IDP_ISSUER"; return 0; }
    alive keycloak || { tail -n 40 "$LOGS/keycloak.log" >&2; fail "Keycloak stopped while starting: see $LOGS/keycloak.log"; }
    ((i % 20 == 19)) && say "[idp] waiting for Keycloak… ($((i / 2 + 1))s)"
    sleep 0.5
  done
  tail -n 40 "$LOGS/keycloak.log" >&2
  fail "Keycloak not ready after 600s: see $LOGS/keycloak.log"
}

# The services' token settings when Keycloak issues the tokens (see THIDUA_JWT_* in application.properties).
idp_service_env() {
  echo "THIDUA_JWT_ISSUER=$IDP_ISSUER"
  echo "THIDUA_JWT_KEYS=$IDP_ISSUER/protocol/openid-connect/certs"
  echo "THIDUA_JWT_AUDIENCE=$IDP_AUDIENCE"
}

idp_status() {
  if alive keycloak; then
    idp_ready && say "keycloak: UP on $IDP_PORT (pid $(cat "$RUN/keycloak.pid")), issuer $IDP_ISSUER" \
      || say "keycloak: running, not ready (pid $(cat "$RUN/keycloak.pid"))"
  else
    say "keycloak: stopped"
  fi
}

idp_admin_token() {
  curl -fsS -m 10 "$IDP_URL/realms/master/protocol/openid-connect/token" \
    --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
    --data-urlencode username=admin --data-urlencode "password=$(idp_admin_password)" | jq -r .access_token
}

idp_client_secret() {
  local client="${1:-}" admin id
  [[ "$client" =~ ^[a-z0-9-]+$ ]] || fail "usage: ./stack idp client-secret CLIENT (e.g. school-app-th-tramchim2)"
  idp_ready || fail "Keycloak is not running: ./stack up --idp keycloak"
  admin="$(idp_admin_token)" || fail "Cannot sign in as the Keycloak admin (password in $KEYS/keycloak-admin.password)"
  id="$(curl -fsS -m 10 -H "Authorization: Bearer $admin" "$IDP_URL/admin/realms/$IDP_REALM/clients?clientId=$client" | jq -r '.[0].id // empty')"
  [[ -n "$id" ]] || fail "No client '$client' in realm $IDP_REALM"
  curl -fsS -m 10 -H "Authorization: Bearer $admin" "$IDP_URL/admin/realms/$IDP_REALM/clients/$id/client-secret" | jq -r '.value // empty' \
    | grep . || fail "Client '$client' has no secret (a public client?)"
}

idp_token() {
  local user="" password=demo client="" response
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --user) user="$2"; shift 2 ;;
      --password) password="$2"; shift 2 ;;
      --client) client="$2"; shift 2 ;;
      *) fail "usage: ./stack idp token --user USER [--password PASSWORD] | --client CLIENT" ;;
    esac
  done
  [[ -n "$user" || -n "$client" ]] || fail "usage: ./stack idp token --user USER [--password PASSWORD] | --client CLIENT"
  idp_ready || fail "Keycloak is not running: ./stack up --idp keycloak"
  if [[ -n "$client" ]]; then
    response="$(curl -sS -m 10 "$IDP_ISSUER/protocol/openid-connect/token" --data-urlencode grant_type=client_credentials \
      --data-urlencode "client_id=$client" --data-urlencode "client_secret=$(idp_client_secret "$client")")"
  else
    response="$(curl -sS -m 10 "$IDP_ISSUER/protocol/openid-connect/token" --data-urlencode grant_type=password \
      --data-urlencode client_id=thidua-cli --data-urlencode "username=$user" --data-urlencode "password=$password")"
  fi
  jq -er '.access_token // empty' <<<"$response" || fail "Keycloak refused: $response"
}

idp() {
  local sub="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$sub" in
    token) idp_token "$@" ;;
    client-secret) idp_client_secret "$@" ;;
    *) sed -n '6,8p' "$ROOT/deploy/keycloak/idp.sh" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
}
