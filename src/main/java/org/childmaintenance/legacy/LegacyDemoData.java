package org.childmaintenance.legacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.childmaintenance.identity.ActAs;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.legacy.LegacyTypes.LetterKind;
import org.childmaintenance.legacy.LegacyTypes.NextStep;
import org.childmaintenance.legacy.LegacyTypes.Role;
import org.childmaintenance.legacy.LegacyTypes.Segment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo old-scheme cases (only with {@code portal.demo-data=true}, after the other features' demo data),
 * told through the services: casework imports six cases, one in each stage of closure. Sam Taylor and
 * Alex Morgan's 2003-scheme case ended the day before their new-scheme case 121000000001 started (Alex
 * applied from it), and its £1,240.00 of arrears moved into that case's ledger, so both payments pages
 * show old-scheme arrears apart. The letters went out on their days (the job run day by day); one
 * parent has neither an account nor an e-mail address, so a letter waits to be posted; an ended case
 * whose parents never came online waits for its arrears to find a case. Told once.
 */
@Component
@Order(80)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class LegacyDemoData implements ApplicationRunner {
    static final String SAMS_CASE = "CS2003-418270";
    private static final Logger log = LoggerFactory.getLogger(LegacyDemoData.class);
    private final IdentityService identity;
    private final LegacyImport imports;
    private final ClosureProgramme programme;
    private final ClosureNotices job;
    private final LegacyCases legacyCases;
    private final LegacyCaseRepository cases;
    private final Clock clock;

    private final ActAs actAs;

    LegacyDemoData(IdentityService identity, LegacyImport imports, ClosureProgramme programme, ClosureNotices job,
                   LegacyCases legacyCases, LegacyCaseRepository cases, Clock clock, ActAs actAs) {
        this.actAs = actAs;
        this.identity = identity;
        this.imports = imports;
        this.programme = programme;
        this.job = job;
        this.legacyCases = legacyCases;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> alex = identity.findAccountId("parent@example.com");
        Optional<Long> sam = identity.findAccountId("other.parent@example.com");
        Optional<Long> chris = identity.findAccountId("caseworker@example.com");
        if (alex.isEmpty() || sam.isEmpty() || chris.isEmpty() || cases.findByLegacyReference(SAMS_CASE).isPresent()) {
            return;
        }
        SecurityContextHolder.clearContext();
        LocalDate today = LocalDate.now(clock);
        String csv = String.join("\n", String.join(",", LegacyCsv.COLUMNS),
                SAMS_CASE + ",2003,Sam Taylor,1988-03-14,other.parent@example.com,Alex Morgan,1989-11-02,"
                        + "parent@example.com,Jamie Morgan|2016-05-12;Riley Morgan|2019-09-03,52.00,COLLECTION,1240.00,no,no",
                "CS2003-502114,2003,Lee Harper,1979-06-30,,Morgan Price,1982-02-11,morgan.price@example.test,"
                        + "Ellis Harper|2012-10-04,0.00,NONE,0.00,no,no",
                "CS1993-117735,1993,Robin Shaw,1975-12-01,robin.shaw@example.test,Dana Shaw,1977-04-19,,"
                        + "Kim Shaw|2011-03-15;Lou Shaw|2014-08-22,38.50,DIRECT,310.00,no,yes",
                "CS2003-660391,2003,Jo Fenwick,1984-09-09,jo.fenwick@example.test,Pat Quinn,1986-01-23,"
                        + "pat.quinn@example.test,Noor Fenwick|2015-02-14,30.00,NONE,95.00,no,no",
                "CS2003-731008,2003,Taylor Brookes,1981-07-07,taylor.brookes@example.test,Sasha Reed,1983-05-05,"
                        + "sasha.reed@example.test,Ari Brookes|2013-11-30,64.25,COLLECTION,0.00,no,no",
                "CS2003-845512,2003,Kit Ellison,1980-01-15,kit.ellison@example.test,Jess Ellison,1982-12-24,"
                        + "jess.ellison@example.test,Max Ellison|2010-06-06,71.00,COLLECTION,2150.00,yes,no");
        LegacyViews.ImportReport report = actAs.call(chris.get(), () -> imports.importCases("demo-old-scheme-cases.csv", csv));
        if (!report.imported()) {
            log.warn("Demo old-scheme cases not imported: {}", report.problems());
            return;
        }
        // Alex and Sam have found their case online (they signed in with the e-mail the old scheme had).
        actAs.call(alex.get(), legacyCases::mine);
        actAs.call(sam.get(), legacyCases::mine);
        LocalDate samsEnd = today.minusDays(60); // case 121000000001 took effect the next day
        programme.setEndDateAsSystem(SAMS_CASE, samsEnd);
        programme.setEndDateAsSystem("CS2003-660391", today.minusDays(10)); // ended, nobody came online
        programme.setEndDateAsSystem("CS1993-117735", today.plusDays(20)); // reminder sent (clerical)
        programme.setEndDateAsSystem("CS2003-502114", today.plusMonths(4)); // notice sent (nil assessment)
        legacyCases.recordChoiceAsSystem(SAMS_CASE, Role.RECEIVING, NextStep.APPLY, "121000000001", samsEnd.plusDays(1));
        // The closure job on each day it had something to send, in order, so every letter has its own date.
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate end : List.of(samsEnd, today.minusDays(10), today.plusDays(20), today.plusMonths(4))) {
            for (LetterKind kind : LetterKind.values()) {
                if (!kind.sendOn(end).isAfter(today)) {
                    days.add(kind.sendOn(end));
                }
            }
        }
        days.forEach(job::run);
        // Casework plans the paying segment's closure: notice due in two months' time.
        int paying = actAs.call(chris.get(), () -> programme.setEndDates(Segment.PAYING, today.plusMonths(8)));
        log.info("Demo old-scheme cases: {} imported, {} paying case(s) end on {}, letters sent on {} days",
                report.bySegment(), paying, today.plusMonths(8), days.size());
    }

}
