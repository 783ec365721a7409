package org.childmaintenance.employer;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pay run uploaded as CSV (payroll number, pay date, net earnings, deduction taken). Each row is
 * checked against the employee's order; nothing is applied until the employer confirms, and then
 * either every valid row or, if any row is wrong, none (their choice). Rows are written in
 * JDBC batches so a 50,000-row pay run applies in seconds.
 */
@Service
public class PayrollUploadService {
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final String HEADER = "payroll_number,pay_date,net_earnings,deduction_taken";
    private static final int CHUNK = 5000;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PayrollUploadService.class);
    private final JdbcTemplate jdbc;
    private final EmployerAccess access;
    private final AuditService audit;
    private final Clock clock;

    PayrollUploadService(JdbcTemplate jdbc, EmployerAccess access, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** One row as read, with its outcome; {@code reasonKey} is a text key when rejected. */
    public record UploadRow(int line, String payrollNumber, String payDate, String netEarnings, String deductionTaken,
                            boolean valid, String reasonKey) {
    }

    /** The check of a file: every row, and whether it was applied. */
    public record UploadReport(List<UploadRow> rows, int valid, int rejected, boolean applied, int appliedRows) {
    }

    public enum ApplyMode { VALID_ROWS, ALL_OR_NOTHING }

    /** The template people download: the header and one example row. */
    public static byte[] template() {
        return (HEADER + "\nP1001,2026-11-28,1200.00,150.00\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Checks a file and applies nothing (payroll and admin users). */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional(readOnly = true)
    public UploadReport check(byte[] file) {
        Checked c = checkRows(access.organisation(), file);
        return new UploadReport(c.rows, c.valid.size(), c.rows.size() - c.valid.size(), false, 0);
    }

    /**
     * Applies a checked file: VALID_ROWS records every valid row; ALL_OR_NOTHING records nothing if
     * any row was rejected. The file is checked again here, so what is applied is what is valid now.
     */
    @PreAuthorize("hasRole('EMPLOYER')")
    @Transactional
    public UploadReport apply(byte[] file, ApplyMode mode) {
        long org = access.organisation();
        long t0 = System.nanoTime();
        Checked c = checkRows(org, file);
        log.debug("pay run checked in {} ms", (System.nanoTime() - t0) / 1_000_000);
        int rejected = c.rows.size() - c.valid.size();
        if (c.valid.isEmpty() || (mode == ApplyMode.ALL_OR_NOTHING && rejected > 0)) {
            return new UploadReport(c.rows, c.valid.size(), rejected, false, 0);
        }
        Timestamp now = Timestamp.from(clock.instant());
        long by = access.user().accountId();
        try {
            for (int from = 0; from < c.valid.size(); from += CHUNK) {
                insert(c.valid.subList(from, Math.min(from + CHUNK, c.valid.size())), org, now, by);
            }
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("employer.upload.error.concurrent");
        }
        log.debug("pay run applied in {} ms", (System.nanoTime() - t0) / 1_000_000);
        audit.record("DEO_PAYROLL_UPLOADED", "organisation", Long.toString(org),
                c.valid.size() + " rows applied, " + rejected + " rejected, mode " + mode);
        return new UploadReport(c.rows, c.valid.size(), rejected, true, c.valid.size());
    }

    private record OrderRow(long id, String payrollNumber, BigDecimal rate, LocalDate firstDay, LocalDate endedOn) {
    }

    private record Valid(long orderId, LocalDate payDate, DeductionRules.Working working, BigDecimal taken) {
    }

    private record Checked(List<UploadRow> rows, List<Valid> valid) {
    }

    private Checked checkRows(long org, byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new UserFacingException("employer.upload.error.tooBig");
        }
        long t0 = System.nanoTime();
        List<CSVRecord> records = parse(file);
        long t1 = System.nanoTime();
        Map<String, List<OrderRow>> orders = ordersOf(org);
        log.debug("parsed {} rows in {} ms, loaded orders in {} ms", records.size(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        Set<String> remitted = new HashSet<>(jdbc.queryForList(
                "select deduction_month from deo_remittance where organisation_id = ?", String.class, org));
        Set<String> recorded = new HashSet<>();
        jdbc.query("select order_id, pay_date from deo_deduction where organisation_id = ?",
                rs -> { recorded.add(rs.getLong(1) + "|" + rs.getDate(2).toLocalDate()); }, org);
        LocalDate today = LocalDate.now(clock);
        List<UploadRow> rows = new ArrayList<>(records.size());
        List<Valid> valid = new ArrayList<>(records.size());
        Set<String> inFile = new HashSet<>();
        for (CSVRecord r : records) {
            int line = (int) r.getRecordNumber() + 1;
            String payroll = r.size() > 0 ? r.get(0).trim() : "";
            String dateText = r.size() > 1 ? r.get(1).trim() : "";
            String netText = r.size() > 2 ? r.get(2).trim() : "";
            String takenText = r.size() > 3 ? r.get(3).trim() : "";
            String reason = null;
            Valid v = null;
            LocalDate payDate = Inputs.date(dateText);
            BigDecimal net = Inputs.money(netText);
            BigDecimal taken = Inputs.money(takenText);
            if (r.size() != 4) {
                reason = "employer.upload.reason.columns";
            } else if (payroll.isEmpty() || !orders.containsKey(payroll)) {
                reason = "employer.upload.reason.unknownPayroll";
            } else if (payDate == null) {
                reason = "employer.upload.reason.date";
            } else if (net == null) {
                reason = "employer.upload.reason.net";
            } else if (taken == null) {
                reason = "employer.upload.reason.taken";
            } else if (payDate.isAfter(today)) {
                reason = "employer.upload.reason.future";
            } else {
                OrderRow o = orderOn(orders.get(payroll), payDate);
                if (o == null) {
                    reason = orders.get(payroll).stream().allMatch(x -> payDate.isBefore(x.firstDay()))
                            ? "employer.upload.reason.beforeOrder" : "employer.upload.reason.afterEnd";
                } else {
                    DeductionRules.Working w = DeductionRules.work(net, o.rate(), false);
                    String key = o.id() + "|" + payDate;
                    if (taken.compareTo(w.deduct()) > 0) {
                        reason = taken.compareTo(o.rate()) > 0 ? "employer.upload.reason.aboveRate"
                                : "employer.upload.reason.aboveProtected";
                    } else if (recorded.contains(key)) {
                        reason = "employer.upload.reason.recorded";
                    } else if (!inFile.add(key)) {
                        reason = "employer.upload.reason.twice";
                    } else if (remitted.contains(YearMonth.from(payDate).toString())) {
                        reason = "employer.upload.reason.monthPaid";
                    } else {
                        v = new Valid(o.id(), payDate, w, taken);
                    }
                }
            }
            rows.add(new UploadRow(line, payroll, dateText, netText, takenText, v != null, reason));
            if (v != null) {
                valid.add(v);
            }
        }
        return new Checked(rows, valid);
    }

    private static List<CSVRecord> parse(byte[] file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(file, StandardCharsets.UTF_8)), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase()).toList();
            if (!header.equals(List.of(HEADER.split(",")))) {
                throw new UserFacingException("employer.upload.error.header");
            }
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new UserFacingException("employer.upload.error.empty");
            }
            return records;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new UserFacingException("employer.upload.error.unreadable");
        }
    }

    private Map<String, List<OrderRow>> ordersOf(long org) {
        Map<String, List<OrderRow>> byPayroll = new HashMap<>();
        jdbc.query("select id, payroll_number, pay_frequency, rate_monthly, rate_weekly, rate_two_weekly,"
                + " rate_four_weekly, served_on, effective_date, ended_on, status from deo_order where organisation_id = ?",
                rs -> {
                    String status = rs.getString("status");
                    PayFrequency f = PayFrequency.valueOf(rs.getString("pay_frequency"));
                    BigDecimal rate = rs.getBigDecimal(switch (f) {
                        case MONTHLY -> "rate_monthly";
                        case WEEKLY -> "rate_weekly";
                        case TWO_WEEKLY -> "rate_two_weekly";
                        case FOUR_WEEKLY -> "rate_four_weekly";
                    });
                    LocalDate first = DeductionRules.firstDeductionDay(rs.getDate("served_on").toLocalDate(),
                            rs.getDate("effective_date").toLocalDate());
                    java.sql.Date ended = rs.getDate("ended_on");
                    LocalDate end = ended == null ? null : ended.toLocalDate();
                    if (end == null && !OrderStatus.valueOf(status).inForce()) {
                        end = first.minusDays(1);
                    }
                    byPayroll.computeIfAbsent(rs.getString("payroll_number"), k -> new ArrayList<>())
                            .add(new OrderRow(rs.getLong("id"), rs.getString("payroll_number"), rate, first, end));
                }, org);
        return byPayroll;
    }

    private static OrderRow orderOn(List<OrderRow> candidates, LocalDate payDate) {
        for (OrderRow o : candidates) {
            if (!payDate.isBefore(o.firstDay()) && (o.endedOn() == null || !payDate.isAfter(o.endedOn()))) {
                return o;
            }
        }
        return null;
    }

    private void insert(List<Valid> chunk, long org, Timestamp now, long by) {
        List<Object[]> args = new ArrayList<>(chunk.size());
        for (Valid v : chunk) {
            DeductionRules.Working w = v.working();
            BigDecimal shortfall = w.normalRate().subtract(v.taken());
            String reason = shortfall.signum() <= 0 ? null
                    : v.taken().compareTo(w.available()) == 0 ? DeductionRules.ShortfallReason.PROTECTED_EARNINGS.name()
                    : DeductionRules.ShortfallReason.EMPLOYER_REPORTED.name();
            args.add(new Object[] {v.orderId(), org, java.sql.Date.valueOf(v.payDate()),
                    YearMonth.from(v.payDate()).toString(), w.netEarnings(), w.normalRate(), w.protectedEarnings(),
                    v.taken(), shortfall, reason, BigDecimal.ZERO.setScale(2), now, by});
        }
        jdbc.batchUpdate("insert into deo_deduction (order_id, organisation_id, pay_date, deduction_month, net_earnings,"
                + " normal_rate, protected_amount, deducted, shortfall, shortfall_reason, admin_charge, recorded_at,"
                + " recorded_by) values (?,?,?,?,?,?,?,?,?,?,?,?,?)", args);
    }
}
