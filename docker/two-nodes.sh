#!/usr/bin/env bash
# Two portal nodes behind a sticky nginx balancer on this machine, without Docker (README "Two nodes").
#
#   docker/two-nodes.sh start        # nginx on :8180, nodes on :8181 and :8182, MariaDB database cmportal_load
#   docker/two-nodes.sh start 1      # only node 1 (and the balancer): the one-node comparison
#   docker/two-nodes.sh status       # pids and health
#   docker/two-nodes.sh kill 1       # SIGKILL node 1 (the kill test, docker/kill-test.sh)
#   docker/two-nodes.sh start-node 1 # start one node again
#   docker/two-nodes.sh balancer     # start nginx only
#   docker/two-nodes.sh stop         # stop the nodes (SIGTERM) and nginx
#
# Run from the repository root after `./mvnw -B -q -DskipTests package`. The database and its login must
# exist (README "Run on MariaDB", with cmportal_load for cmportal). Settings from the environment (defaults):
# DB_NAME (cmportal_load), DB_HOST/DB_PORT/DB_USER/DB_PASSWORD as the mariadb profile, HEAP (1g per node),
# LOAD_USERS (1000, made once by node 1 with demo data), LB_PORT/NODE1_PORT/NODE2_PORT (8180/8181/8182),
# RUN_DIR (target/two-nodes: pids, logs, the keys both nodes share), JAVA (java 21+), NGINX (/usr/sbin/nginx),
# START_TIMEOUT (1800 s for a node to become healthy).
# This is a benchmark set-up: demo data on, cookies without Secure (no TLS on loopback), the sign-in limit per
# address raised (every simulated person comes from 127.0.0.1), staff two-step sign-in off.
set -euo pipefail

cd "$(dirname "$0")/.."
export DB_NAME="${DB_NAME:-cmportal_load}"
HEAP="${HEAP:-1g}"
LOAD_USERS="${LOAD_USERS:-1000}"
LB_PORT="${LB_PORT:-8180}"
NODE1_PORT="${NODE1_PORT:-8181}"
NODE2_PORT="${NODE2_PORT:-8182}"
RUN_DIR="$(mkdir -p "${RUN_DIR:-target/two-nodes}" && cd "${RUN_DIR:-target/two-nodes}" && pwd)"
NGINX="${NGINX:-/usr/sbin/nginx}"
if [[ -z "${JAVA:-}" ]]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-/nonexistent}/bin/java" java; do
    if command -v "$j" >/dev/null && "$j" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then JAVA="$j"; break; fi
  done
fi
JAR="$(ls target/child-maintenance-portal-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)"

port_of() { if [[ "$1" == 1 ]]; then echo "$NODE1_PORT"; else echo "$NODE2_PORT"; fi; }

keys() {
  if [[ ! -f "$RUN_DIR/keys.env" ]]; then
    # Both nodes must share the keys: a secret sealed by one node is opened by the other
    printf 'export PORTAL_TOTP_KEY=%s\nexport PORTAL_MAIL_BODY_KEY=%s\n' \
      "$(head -c 32 /dev/urandom | base64)" "$(head -c 32 /dev/urandom | base64)" > "$RUN_DIR/keys.env"
    chmod 600 "$RUN_DIR/keys.env"
  fi
  # shellcheck disable=SC1091
  source "$RUN_DIR/keys.env"
}

wait_healthy() { # port, pid, seconds
  local i
  for ((i = 0; i < $3; i++)); do
    if curl -fs "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    if ! kill -0 "$2" 2>/dev/null; then echo "node on :$1 stopped; see its log" >&2; return 1; fi
    sleep 1
  done
  echo "node on :$1 not healthy after $3 s" >&2
  return 1
}

start_node() { # 1|2
  local n="$1" port pid
  port="$(port_of "$n")"
  if [[ -f "$RUN_DIR/node$n.pid" ]] && kill -0 "$(cat "$RUN_DIR/node$n.pid")" 2>/dev/null; then
    echo "node $n already running (pid $(cat "$RUN_DIR/node$n.pid"))"; return 0
  fi
  [[ -n "$JAR" ]] || { echo "no jar: run ./mvnw -B -q -DskipTests package first" >&2; exit 1; }
  keys
  # Node 1 makes the load users (it skips those that exist); node 2 starts after it, so they never race.
  local users=0
  [[ "$n" == 1 ]] && users="$LOAD_USERS"
  SPRING_PROFILES_ACTIVE=mariadb PORTAL_DEMO_DATA=true PORTAL_COOKIE_SECURE=false PORT="$port" \
    nohup "$JAVA" -Xms"$HEAP" -Xmx"$HEAP" -jar "$JAR" --portal.load-users="$users" \
      --portal.security.ip-attempts-per-minute=1000000 --portal.security.require-two-factor-for-staff=false \
      ${PORTAL_ARGS:-} > "$RUN_DIR/node$n.log" 2>&1 &
  pid=$!
  echo "$pid" > "$RUN_DIR/node$n.pid"
  echo "node $n: pid $pid, port $port, log $RUN_DIR/node$n.log"
  wait_healthy "$port" "$pid" "${START_TIMEOUT:-1800}"
  if [[ "$n" == 1 && "$users" != 0 ]]; then
    local i
    for ((i = 0; i < 1800; i++)); do
      grep -q "Load users ready" "$RUN_DIR/node1.log" && break
      kill -0 "$pid" 2>/dev/null || { echo "node 1 stopped; see its log" >&2; return 1; }
      sleep 1
    done
  fi
  echo "node $n ready"
}

start_nginx() {
  if [[ -f "$RUN_DIR/nginx.pid" ]] && kill -0 "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null; then return 0; fi
  mkdir -p "$RUN_DIR/nginx-tmp"
  RUN="$RUN_DIR" NODE1="127.0.0.1:$NODE1_PORT" NODE2="127.0.0.1:$NODE2_PORT" NODE1_PORT="$NODE1_PORT" \
    NODE2_PORT="$NODE2_PORT" LISTEN="127.0.0.1:$LB_PORT" \
    envsubst '${RUN} ${NODE1} ${NODE2} ${NODE1_PORT} ${NODE2_PORT} ${LISTEN}' \
    < docker/nginx/portal.conf.template > "$RUN_DIR/nginx.conf"
  "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -e "$RUN_DIR/nginx-error.log" -t -q
  "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -e "$RUN_DIR/nginx-error.log"
  echo "balancer: http://127.0.0.1:$LB_PORT (nginx pid $(cat "$RUN_DIR/nginx.pid"))"
}

stop_pidfile() { # file, signal
  if [[ -f "$1" ]]; then
    local pid
    pid="$(cat "$1")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "-$2" "$pid"
      local i
      for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    fi
    rm -f "$1"
  fi
}

case "${1:-}" in
  start)
    start_node 1
    [[ "${2:-2}" == 2 ]] && start_node 2
    start_nginx ;;
  start-node) start_node "${2:?node 1 or 2}" ;;
  balancer) start_nginx ;;
  kill)
    pid="$(cat "$RUN_DIR/node${2:?node 1 or 2}.pid")"
    kill -KILL "$pid"
    rm -f "$RUN_DIR/node$2.pid"
    echo "node $2 (pid $pid) killed with SIGKILL at $(date -u +%H:%M:%S)" ;;
  status)
    for n in 1 2; do
      p="$(cat "$RUN_DIR/node$n.pid" 2>/dev/null || true)"
      h="$(curl -fs "http://127.0.0.1:$(port_of "$n")/actuator/health" 2>/dev/null || echo down)"
      echo "node $n: pid ${p:--} port $(port_of "$n") $h"
    done
    echo "nginx: pid $(cat "$RUN_DIR/nginx.pid" 2>/dev/null || echo -) port $LB_PORT" ;;
  stop)
    stop_pidfile "$RUN_DIR/node1.pid" TERM
    stop_pidfile "$RUN_DIR/node2.pid" TERM
    if [[ -f "$RUN_DIR/nginx.pid" ]]; then "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -e "$RUN_DIR/nginx-error.log" -s quit || true; fi ;;
  *) sed -n '2,9p' "$0"; exit 2 ;;
esac
