#!/usr/bin/env bash
# A MariaDB primary and a replica on this machine, without Docker (README "The database beyond one server").
#
#   docker/replica.sh start           # primary on :3307, replica on :3308 (GTID replication), database and login
#   docker/replica.sh status          # both servers, the replica's SQL/IO threads, its lag and GTID position
#   docker/replica.sh counters        # per server: SELECTs, INSERTs, UPDATEs, DELETEs and the rows of key tables
#   docker/replica.sh stop-replica    # stop the replica's mariadbd (SIGTERM): the failover test (BENCHMARKS.md)
#   docker/replica.sh start-replica   # start it again: it catches up from its GTID position
#   docker/replica.sh stop            # stop both
#
# Two extra mariadbd processes with their own data folders and sockets under RUN_DIR; the main MariaDB on 3306
# is not touched. The primary writes a row-based binary log (server_id 1); the replica (server_id 2,
# read_only: an application user without READ ONLY ADMIN cannot write there) follows it with
# CHANGE MASTER TO … MASTER_USE_GTID=slave_pos. The application connects to both with
# jdbc:mariadb:replication://primary,replica/db (the `replication` profile): read-only transactions on the
# replica, everything else on the primary. Settings from the environment (defaults): PRIMARY_PORT (3307),
# REPLICA_PORT (3308), DB_NAME (cmportal_load), DB_USER/DB_PASSWORD (cmportal/cmportal),
# RUN_DIR (target/replication), MARIADBD (/usr/sbin/mariadbd).
# A benchmark set-up: the replication login's password is fixed and both servers listen on loopback only.
set -euo pipefail

cd "$(dirname "$0")/.."
PRIMARY_PORT="${PRIMARY_PORT:-3307}"
REPLICA_PORT="${REPLICA_PORT:-3308}"
DB_NAME="${DB_NAME:-cmportal_load}"
DB_USER="${DB_USER:-cmportal}"
DB_PASSWORD="${DB_PASSWORD:-cmportal}"
RUN_DIR="$(mkdir -p "${RUN_DIR:-target/replication}" && cd "${RUN_DIR:-target/replication}" && pwd)"
MARIADBD="${MARIADBD:-/usr/sbin/mariadbd}"

dir_of() { echo "$RUN_DIR/$1"; }
port_of() { if [[ "$1" == primary ]]; then echo "$PRIMARY_PORT"; else echo "$REPLICA_PORT"; fi; }
sql() { # server, statements
  mariadb --protocol=socket -S "$(dir_of "$1")/mariadb.sock" -uroot -N -B -e "$2"
}

write_config() { # server, server_id
  local d
  d="$(dir_of "$1")"
  cat > "$d/my.cnf" <<EOF
[mariadbd]
datadir=$d/data
socket=$d/mariadb.sock
pid-file=$d/mariadbd.pid
port=$(port_of "$1")
bind-address=127.0.0.1
server_id=$2
log_bin=$d/data/binlog
binlog_format=ROW
log_slave_updates=ON
gtid_strict_mode=ON
relay_log=$d/data/relay
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb_buffer_pool_size=256M
innodb_log_file_size=128M
max_connections=300
skip-name-resolve
# Flyway creates the audit trail's append-only triggers; with a binary log that needs SUPER or this setting
log_bin_trust_function_creators=ON
log_error=$d/error.log
EOF
  if [[ "$1" == replica ]]; then
    printf 'read_only=ON\nslave_parallel_threads=2\n' >> "$d/my.cnf"
  fi
}

start_server() { # server, server_id
  local d i
  d="$(dir_of "$1")"
  if [[ -f "$d/mariadbd.pid" ]] && kill -0 "$(cat "$d/mariadbd.pid")" 2>/dev/null; then
    echo "$1 already running (pid $(cat "$d/mariadbd.pid"))"; return 0
  fi
  mkdir -p "$d"
  write_config "$1" "$2"
  if [[ ! -d "$d/data/mysql" ]]; then
    mariadb-install-db --defaults-file="$d/my.cnf" --user="$(id -un)" --auth-root-authentication-method=socket \
      --skip-test-db > "$d/install.log" 2>&1
  fi
  nohup "$MARIADBD" --defaults-file="$d/my.cnf" --user="$(id -un)" > "$d/stdout.log" 2>&1 &
  for ((i = 0; i < 60; i++)); do
    if sql "$1" "SELECT 1" >/dev/null 2>&1; then
      echo "$1: pid $(cat "$d/mariadbd.pid"), port $(port_of "$1"), data $d/data"; return 0
    fi
    sleep 1
  done
  echo "$1 did not start; see $d/error.log" >&2
  return 1
}

start() {
  local fresh=0
  [[ -d "$(dir_of primary)/data/mysql" ]] || fresh=1
  start_server primary 1
  start_server replica 2
  if [[ "$fresh" == 1 ]]; then
    # On the primary, logged in the binary log from its first event, so the replica makes the same database and
    # logins when it replays it from the start
    sql primary "
      CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY 'repl';
      GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';
      CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
      CREATE USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
      GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
      GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';"
    sql replica "
      SET GLOBAL gtid_slave_pos = '';
      CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$PRIMARY_PORT, MASTER_USER='repl',
        MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1;
      START SLAVE;"
    sleep 2
  fi
  status
}

status() {
  local s
  for s in primary replica; do
    local d
    d="$(dir_of "$s")"
    if [[ -f "$d/mariadbd.pid" ]] && kill -0 "$(cat "$d/mariadbd.pid")" 2>/dev/null; then
      echo "$s: running, pid $(cat "$d/mariadbd.pid"), port $(port_of "$s"), gtid_current_pos $(sql "$s" "SELECT @@gtid_current_pos")"
    else
      echo "$s: stopped"
    fi
  done
  if sql replica "SELECT 1" >/dev/null 2>&1; then
    mariadb --protocol=socket -S "$(dir_of replica)/mariadb.sock" -uroot -e "SHOW SLAVE STATUS\G" | grep -E "Slave_IO_Running|Slave_SQL_Running:|Seconds_Behind_Master|Gtid_IO_Pos|Last_(IO_|SQL_)?Error: ." \
      | sed 's/^ */  replica /' || true
  fi
}

counters() {
  local s
  for s in primary replica; do
    if ! sql "$s" "SELECT 1" >/dev/null 2>&1; then echo "$s: stopped"; continue; fi
    local st rows
    st="$(sql "$s" "SELECT GROUP_CONCAT(CONCAT(LOWER(VARIABLE_NAME), '=', VARIABLE_VALUE) ORDER BY VARIABLE_NAME SEPARATOR ' ')
                    FROM information_schema.GLOBAL_STATUS
                    WHERE VARIABLE_NAME IN ('COM_SELECT','COM_INSERT','COM_UPDATE','COM_DELETE','QUESTIONS')")"
    rows="$(sql "$s" "SELECT CONCAT('audit_entry=', (SELECT COUNT(*) FROM \`$DB_NAME\`.audit_entry),
                      ' message=', (SELECT COUNT(*) FROM \`$DB_NAME\`.msg_message),
                      ' signed_in=', (SELECT COUNT(*) FROM \`$DB_NAME\`.audit_entry WHERE action = 'SIGNED_IN'),
                      ' statements=', (SELECT COUNT(*) FROM \`$DB_NAME\`.audit_entry WHERE action = 'LEDGER_STATEMENT'),
                      ' ledger_entry=', (SELECT COUNT(*) FROM \`$DB_NAME\`.ledger_entry),
                      ' ledger_sum=', (SELECT COALESCE(SUM(amount), 0) FROM \`$DB_NAME\`.ledger_entry))" 2>/dev/null || echo "(no tables yet)")"
    echo "$s: $st $rows"
  done
}

stop_server() { # server
  local d pid i
  d="$(dir_of "$1")"
  if [[ -f "$d/mariadbd.pid" ]]; then
    pid="$(cat "$d/mariadbd.pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid"
      for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      echo "$1 stopped (pid $pid)"
    fi
  fi
}

case "${1:-}" in
  start) start ;;
  status) status ;;
  counters) counters ;;
  stop-replica) stop_server replica ;;
  start-replica) start_server replica 2; sleep 2; status ;;
  stop) stop_server replica; stop_server primary ;;
  *) echo "usage: $0 start|status|counters|stop-replica|start-replica|stop" >&2; exit 2 ;;
esac
