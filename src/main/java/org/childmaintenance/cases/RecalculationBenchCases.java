package org.childmaintenance.cases;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Cases for the mass-recalculation benchmark (BENCHMARKS.md "Mass recalculation"), only with demo data and
 * {@code portal.bench.recalculation-cases=N} (MariaDB only: it uses MariaDB's {@code seq_1_to_N} tables): copies of
 * the first decided demo case (its case row, parties, children, latest decision and current instalments), made with
 * plain {@code INSERT … SELECT} in batches of 10,000, references {@code RB0000000001}… . Not a way to make real cases:
 * the copies share the template's parent accounts. Safe to run again: only the missing copies are made.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
@ConditionalOnExpression("${portal.bench.recalculation-cases:0} > 0")
class RecalculationBenchCases implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(RecalculationBenchCases.class);
    private static final int BATCH = 10_000;
    private final JdbcTemplate jdbc;
    private final int wanted;

    RecalculationBenchCases(JdbcTemplate jdbc, @Value("${portal.bench.recalculation-cases}") int wanted) {
        this.jdbc = jdbc;
        this.wanted = wanted;
    }

    @Override
    public void run(@org.jspecify.annotations.Nullable ApplicationArguments args) {
        long start = System.nanoTime();
        long template = jdbc.queryForObject("SELECT MIN(c.id) FROM cm_case c WHERE c.status = 'ACTIVE' AND c.period_start IS NOT NULL "
                + "AND c.review_date > CURRENT_DATE + INTERVAL 3 MONTH AND c.period_start <= CURRENT_DATE AND c.reference NOT LIKE 'RB%' AND EXISTS (SELECT 1 FROM cm_decision d WHERE d.case_id = c.id) "
                + "AND (SELECT COUNT(*) FROM cm_party p WHERE p.case_id = c.id AND p.account_id IS NOT NULL) = 2", Long.class);
        long decision = jdbc.queryForObject("SELECT MAX(id) FROM cm_decision WHERE case_id = ?", Long.class, template);
        int have = jdbc.queryForObject("SELECT COUNT(*) FROM cm_case WHERE reference LIKE 'RB%'", Integer.class);
        for (int from = have + 1; from <= wanted; from += BATCH) {
            int to = Math.min(wanted, from + BATCH - 1);
            long caseBase = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM cm_case", Long.class) - from + 1;
            long decisionBase = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM cm_decision", Long.class) - from + 1;
            String seq = "seq_" + from + "_to_" + to;
            String caseId = (caseBase) + " + s.seq";
            copy("cm_case", seq, "t.id = " + template, Map.of("id", caseId, "reference", "CONCAT('RB', LPAD(s.seq, 10, '0'))",
                    "version", "0"));
            copy("cm_party", seq, "t.case_id = " + template, Map.of("id", "NULL", "case_id", caseId));
            copy("cm_child", seq, "t.case_id = " + template, Map.of("id", "NULL", "case_id", caseId));
            copy("cm_decision", seq, "t.id = " + decision, Map.of("id", decisionBase + " + s.seq", "case_id", caseId));
            copy("cm_instalment", seq, "t.case_id = " + template + " AND t.superseded = FALSE", Map.of("id", "NULL",
                    "case_id", caseId, "decision_id", "CASE WHEN t.decision_id = " + decision + " THEN " + decisionBase
                            + " + s.seq ELSE t.decision_id END"));
            log.info("Recalculation bench cases: {} of {} made", to, wanted);
        }
        log.info("Recalculation bench cases ready: {} copies of case {} ({} made now) in {} s", wanted, template,
                Math.max(0, wanted - have), (System.nanoTime() - start) / 1_000_000_000L);
    }

    private void copy(String table, String seq, String where, Map<String, String> overrides) {
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = ? ORDER BY ordinal_position", String.class, table);
        String names = String.join(", ", columns);
        String values = columns.stream().map(c -> overrides.getOrDefault(c.toLowerCase(), "t." + c)).collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM " + table + " t JOIN " + seq + " s WHERE " + where);
    }
}
