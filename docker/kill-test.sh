#!/usr/bin/env bash
# A node killed under load (README "Two nodes", BENCHMARKS.md "Kill test"). From the repository root, with both
# nodes and the balancer running (docker/two-nodes.sh start) and the test classes compiled (./mvnw -B -q test-compile):
#   docker/kill-test.sh            # 40 users, 120 s, node 1 SIGKILLed after 50 s
# Settings go through as -D options, e.g. KILL_OPTS="-Dkill.users=20 -Dkill.seconds=90 -Dkill.killAt=40".
# It prints the database figures before and after, what the driver saw confirmed, and what the killed node's
# users were shown. Start node 1 again afterwards with: docker/two-nodes.sh start-node 1
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
CP="target/test-classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
LB_PORT="${LB_PORT:-8180}"
# shellcheck disable=SC2086
exec "$JAVA" -cp "$CP" -Dkill.base="http://127.0.0.1:$LB_PORT" -Dkill.command="docker/two-nodes.sh kill 1" ${KILL_OPTS:-} \
  org.childmaintenance.load.KillNodeBenchmark
