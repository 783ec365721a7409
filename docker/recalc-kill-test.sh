#!/usr/bin/env bash
# The mass recalculation on two nodes at once, one of them killed (SIGKILL) mid-run, then the run started again
# (README "Mass recalculation", BENCHMARKS.md "Mass recalculation across processes"). From the repository root, with
# the jar built (./mvnw -B -q -DskipTests package) and MariaDB on 127.0.0.1:3306 (root, no password):
#   docker/recalc-kill-test.sh            # 30,000 copies of a decided case, node 1 killed at about 40 % done
# NODES=1: node 1 alone, killed, then started again (it resumes). Settings: CASES (30000), RUN (rules-2027), KILL_AT (percent done, 40), CHUNK (2500), WORKERS (2 per node),
# DB_NAME (cmportal_recalc: dropped and made again), JAR. It prints, from the database: what each node did, what
# was done twice (must be nothing), cases left out (must be none) and whether every recalculated case's live ledger
# obligations equal its live schedule.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JAR="${JAR:-$(ls target/child-maintenance-portal-*.jar | head -1)}"
CASES="${CASES:-30000}"
RUN="${RUN:-rules-2027}"
KILL_AT="${KILL_AT:-40}"
CHUNK="${CHUNK:-2500}"
WORKERS="${WORKERS:-2}"
NODES="${NODES:-2}"
DB_NAME="${DB_NAME:-cmportal_recalc}"
OUT="${OUT:-target/recalc-kill-test}"
mkdir -p "$OUT"
sql() { mysql -uroot -N -B "$DB_NAME" -e "$1"; }
now() { date -u +%H:%M:%S; }

mysql -uroot -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'cmportal'@'localhost' IDENTIFIED BY 'cmportal'; CREATE USER IF NOT EXISTS 'cmportal'@'127.0.0.1' IDENTIFIED BY 'cmportal';
  GRANT ALL ON \`$DB_NAME\`.* TO 'cmportal'@'localhost'; GRANT ALL ON \`$DB_NAME\`.* TO 'cmportal'@'127.0.0.1';"

# node <n> <port> [extra args…]: a portal process on the database, started in the background
node() {
  local n="$1" port="$2"; shift 2
  SPRING_PROFILES_ACTIVE=mariadb DB_NAME="$DB_NAME" DB_USER=cmportal DB_PASSWORD=cmportal PORTAL_DEMO_DATA="${DEMO:-false}" PORT="$port" \
  PORTAL_TOTP_KEY="$(head -c 32 /dev/urandom | base64)" PORTAL_MAIL_BODY_KEY="$(head -c 32 /dev/urandom | base64)" \
    "$JAVA" -Xmx2g -jar "$JAR" "$@" >>"$OUT/node$n.log" 2>&1 &
  echo $!
}
wait_log() { # wait_log <file> <pattern> <seconds>
  for _ in $(seq "$3"); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 1; done
  echo "timed out waiting for '$2' in $1" >&2; return 1
}
rm -f "$OUT"/node*.log

echo "$(now) preparing: demo data and $CASES copies of a decided case (node 1, no recalculation yet)"
P=$(DEMO=true node 0 8196 --portal.bench.recalculation-cases="$CASES")
for _ in $(seq 900); do # ready = every start-up task (demo data, copies) has finished
  curl -fs http://127.0.0.1:8196/actuator/health/readiness 2>/dev/null | grep -q '"UP"' && break; sleep 1
done
grep -o "Recalculation bench cases ready.*" "$OUT/node0.log"
kill "$P"; wait "$P" 2>/dev/null || true
ACTIVE=$(sql "SELECT COUNT(*) FROM cm_case WHERE status = 'ACTIVE'")
echo "$(now) active cases: $ACTIVE"

echo "$(now) $NODES node(s) start the run $RUN ($WORKERS workers each, $CHUNK cases a chunk)"
A=$(node 1 8196 --portal.cases.recalculate-all="$RUN" --portal.cases.recalculate-chunk="$CHUNK" --portal.cases.recalculate-workers="$WORKERS")
B=""
if [ "$NODES" = 2 ]; then
  B=$(node 2 8197 --portal.cases.recalculate-all="$RUN" --portal.cases.recalculate-chunk="$CHUNK" --portal.cases.recalculate-workers="$WORKERS")
fi
target=$((ACTIVE * KILL_AT / 100))
while :; do
  done_now=$(sql "SELECT COUNT(*) FROM cm_recalculation WHERE run_name = '$RUN'")
  [ "$done_now" -ge "$target" ] && break
  kill -0 "$A" 2>/dev/null || { echo "node 1 ended before the kill" >&2; break; }
  sleep 0.5
done
kill -9 "$A" 2>/dev/null || true
echo "$(now) node 1 killed (SIGKILL) with $done_now of $ACTIVE cases done in the run (chunks in flight roll back)"
if [ -n "$B" ]; then
  wait_log "$OUT/node2.log" "Recalculation $RUN done here" 3600
  echo "$(now) node 2: $(grep -o "Recalculation $RUN done here[^\"]*" "$OUT/node2.log" | tail -1)"
  kill "$B"; wait "$B" 2>/dev/null || true
fi
LEFT=$(sql "SELECT COUNT(*) FROM cm_case c WHERE c.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM cm_recalculation r WHERE r.run_name = '$RUN' AND r.case_id = c.id)")
echo "$(now) active cases not done yet: $LEFT"

echo "$(now) node 1 started again on the same run (it resumes with the $LEFT cases not done)"
A=$(node 3 8196 --portal.cases.recalculate-all="$RUN" --portal.cases.recalculate-chunk="$CHUNK" --portal.cases.recalculate-workers="$WORKERS")
wait_log "$OUT/node3.log" "Recalculation $RUN done here" 900
echo "$(now) node 1 again: $(grep -o "Recalculation $RUN done here[^\"]*" "$OUT/node3.log" | tail -1)"
kill "$A"; wait "$A" 2>/dev/null || true

echo "==== Mass recalculation across processes: $RUN, $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) ===="
echo "active cases                                   $(sql "SELECT COUNT(*) FROM cm_case WHERE status = 'ACTIVE'")"
echo "cases done in the run (cm_recalculation rows)  $(sql "SELECT COUNT(*) FROM cm_recalculation WHERE run_name = '$RUN'")"
echo "  of them not taken by the ledger              $(sql "SELECT COUNT(*) FROM cm_recalculation WHERE run_name = '$RUN' AND ledger_applied = 0")"
echo "active cases left out                          $(sql "SELECT COUNT(*) FROM cm_case c WHERE c.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM cm_recalculation r WHERE r.run_name = '$RUN' AND r.case_id = c.id)")"
EFFECTIVE=$(sql "SELECT MIN(d.effective_date) FROM cm_recalculation r JOIN cm_decision d ON d.id = r.decision_id WHERE r.run_name = '$RUN'")
echo "decisions of the run (from $EFFECTIVE)          $(sql "SELECT COUNT(*) FROM cm_decision WHERE decided_by_label = 'Recalculation of all cases (automatic)' AND effective_date = '$EFFECTIVE'")"
echo "cases with two decisions of the run            $(sql "SELECT COUNT(*) FROM (SELECT case_id FROM cm_decision WHERE decided_by_label = 'Recalculation of all cases (automatic)' AND effective_date = '$EFFECTIVE' GROUP BY case_id HAVING COUNT(*) > 1) x")"
echo "decision audit entries of the run              $(sql "SELECT COUNT(*) FROM audit_entry WHERE action = 'CASE_DECISION' AND detail LIKE '% by Recalculation of all cases (automatic)'")"
# from the date on, the ledger's live lines must be the new schedule (lines due before it may be posted already:
# the ledger keeps those as they were, LC-9.1 in LedgerService.applyCaseSchedule)
echo "cases whose schedule != ledger from that date   $(sql "SELECT COUNT(*) FROM cm_recalculation r
  LEFT JOIN (SELECT case_id, COUNT(*) n, SUM(amount) s FROM cm_instalment WHERE superseded = FALSE AND due_date >= '$EFFECTIVE' GROUP BY case_id) i ON i.case_id = r.case_id
  LEFT JOIN (SELECT case_id, COUNT(*) n, SUM(amount) s FROM ledger_obligation WHERE live = 1 AND kind = 'MAINTENANCE' AND due_date >= '$EFFECTIVE' GROUP BY case_id) o ON o.case_id = r.case_id
  WHERE r.run_name = '$RUN' AND NOT (i.n <=> o.n AND i.s <=> o.s)")"
echo "ledger transactions that do not balance        $(sql "SELECT COUNT(*) FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id HAVING SUM(amount) <> 0) x")"
echo "first and last chunk committed                 $(sql "SELECT CONCAT(MIN(done_at), ' .. ', MAX(done_at)) FROM cm_recalculation WHERE run_name = '$RUN'")"
n2=$(grep -so "Recalculation $RUN done here: [0-9]*" "$OUT/node2.log" | grep -o "[0-9]*$" | tail -1 || true)
n3=$(grep -o "Recalculation $RUN done here: [0-9]*" "$OUT/node3.log" | grep -o "[0-9]*$" | tail -1 || true)
echo "cases committed by node 1 before the kill      $(( $(sql "SELECT COUNT(*) FROM cm_recalculation WHERE run_name = '$RUN'") - ${n2:-0} - ${n3:-0} )) (node 2: ${n2:-0}, node 1 started again: ${n3:-0})"
for f in "$OUT"/node[123].log; do
  echo "--- $(basename "$f"): $(grep -c "Recalculation $RUN: [0-9]* cases" "$f" || true) progress lines, $(grep -c "a chunk met a lock" "$f" || true) chunk(s) tried again after a lock; last: $(grep -o "Recalculation $RUN: [0-9]* cases[^\"]*" "$f" | tail -1)"
done
echo "==== end ===="
