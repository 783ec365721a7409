package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.childmaintenance.cases.ServiceType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of the posting rules and the arrears allocation, for any amounts and any order of events
 * (QuickTheories: 1,000 random cases per property; a failure prints the smallest case found and the
 * seed, and {@code -DQT_SEED=<seed>} replays it).
 */
class LedgerPropertiesTest {

    /** From 1p to £5,000, with the small and round amounts where rounding goes wrong mixed in. */
    static Gen<BigDecimal> money() {
        return longs().between(1, 5_000_00).mix(arbitrary().pick(1L, 2L, 3L, 4L, 5L, 99L, 100L, 5_000_00L), 10)
                .map(p -> BigDecimal.valueOf(p, 2));
    }

    static Gen<LocalDate> dates() {
        return integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    }

    sealed interface Op permits Due, Pay, Confirm, Charge, Adjust, WriteOff, PassOn, Reverse {
    }

    record Due(BigDecimal amount, ServiceType type) implements Op {
    }

    record Pay(BigDecimal amount) implements Op {
    }

    record Confirm(BigDecimal amount) implements Op {
    }

    record Charge(EnforcementCharge charge) implements Op {
    }

    record Adjust(BigDecimal amount, boolean up) implements Op {
    }

    record WriteOff(PostingRules.WriteOffTarget target, BigDecimal amount) implements Op {
    }

    record PassOn() implements Op {
    }

    record Reverse(int which) implements Op {
    }

    static Gen<Op> ops() {
        Gen<BigDecimal> m = money();
        return oneOf(
                m.zip(arbitrary().enumValues(ServiceType.class), Due::new),
                m.map(Pay::new), m.map(Confirm::new), arbitrary().enumValues(EnforcementCharge.class).map(Charge::new),
                m.zip(booleans().all(), Adjust::new),
                arbitrary().enumValues(PostingRules.WriteOffTarget.class).zip(m, WriteOff::new),
                arbitrary().constant(new PassOn()), integers().between(0, 1000).map(Reverse::new));
    }

    @SafeVarargs
    private static Gen<Op> oneOf(Gen<? extends Op>... gens) {
        List<Gen<Op>> widened = new ArrayList<>();
        for (Gen<? extends Op> gen : gens) {
            widened.add(gen.map(op -> (Op) op));
        }
        return integers().between(0, widened.size() - 1).flatMap(widened::get);
    }

    @Test
    void every_transaction_balances_and_all_entries_sum_to_zero() {
        qt().withExamples(1000).forAll(lists().of(ops()).ofSizeBetween(0, 60), dates())
                .checkAssert(LedgerPropertiesTest::everyTransactionBalances);
    }

    private static void everyTransactionBalances(List<Op> ops, LocalDate start) {
        Balances balances = Balances.empty();
        List<Posting> posted = new ArrayList<>();
        Set<Integer> reversed = new HashSet<>();
        LocalDate day = start;
        int n = 0;
        for (Op op : ops) {
            day = day.plusDays(1);
            n++;
            Posting p = switch (op) {
                case Due d -> PostingRules.maintenanceDue(n, day, d.amount(), d.type());
                case Pay pay -> PostingRules.paymentReceived("R" + n, day, pay.amount(), balances);
                case Confirm c -> PostingRules.directPaymentConfirmed(n, day, c.amount());
                case Charge c -> PostingRules.enforcementCharge("C" + n, day, c.charge());
                case Adjust a -> PostingRules.adjustment("A" + n, day, a.up() ? a.amount() : a.amount().negate(), "test");
                case WriteOff w -> PostingRules.writeOff("W" + n, day, w.target(), w.amount(), "test");
                case PassOn ignored -> balances.of(LedgerAccount.HELD_FOR_RP).signum() < 0
                        ? PostingRules.passedOn(n, day, balances.of(LedgerAccount.HELD_FOR_RP).negate()) : null;
                case Reverse r -> posted.isEmpty() || !reversed.add(r.which() % posted.size())
                        || posted.get(r.which() % posted.size()).type() == TxType.REVERSAL ? null
                        : PostingRules.reversal(r.which() % posted.size(), day, posted.get(r.which() % posted.size()).entries(), "test");
            };
            if (p == null) {
                continue;
            }
            assertThat(p.entries().stream().map(Posting.Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("0");
            assertThat(p.entries()).allSatisfy(e -> assertThat(e.amount().scale()).isEqualTo(2));
            posted.add(p);
            balances = balances.plus(p);
            assertThat(balances.total()).isEqualByComparingTo("0");
        }
    }

    @Test
    void a_payment_is_split_without_losing_a_penny() {
        qt().withExamples(1000).forAll(money(), money(), money(), money())
                .checkAssert(LedgerPropertiesTest::paymentIsSplitWithoutLosingAPenny);
    }

    private static void paymentIsSplitWithoutLosingAPenny(BigDecimal amount, BigDecimal owedMaintenance,
                                                          BigDecimal owedFees, BigDecimal owedCharges) {
        Balances before = Balances.empty()
                .plus(PostingRules.adjustment("a", LocalDate.EPOCH, owedMaintenance, "x"))
                .plus(new Posting(TxType.ADJUSTMENT, LocalDate.EPOCH, "f", null, null, null, null, List.of(
                        new Posting.Entry(LedgerAccount.PP_FEES, owedFees), new Posting.Entry(LedgerAccount.FEE_INCOME, owedFees.negate()),
                        new Posting.Entry(LedgerAccount.PP_CHARGES, owedCharges),
                        new Posting.Entry(LedgerAccount.FEE_INCOME, owedCharges.negate()))));
        Posting p = PostingRules.paymentReceived("r", LocalDate.EPOCH, amount, before);
        BigDecimal toDebts = p.amountOn(LedgerAccount.PP_MAINTENANCE).add(p.amountOn(LedgerAccount.PP_FEES))
                .add(p.amountOn(LedgerAccount.PP_CHARGES)).negate();
        assertThat(toDebts).isEqualByComparingTo(amount);
        assertThat(p.amountOn(LedgerAccount.CMS_BANK)).isEqualByComparingTo(amount);
        // maintenance first, charges only once maintenance and fees are paid (LC-8.4)
        if (p.amountOn(LedgerAccount.PP_CHARGES).signum() != 0) {
            assertThat(p.amountOn(LedgerAccount.PP_MAINTENANCE).negate()).isGreaterThanOrEqualTo(owedMaintenance);
            assertThat(p.amountOn(LedgerAccount.PP_FEES).negate()).isEqualByComparingTo(owedFees);
        }
        assertThat(p.amountOn(LedgerAccount.HELD_FOR_RP).negate()).isEqualByComparingTo(p.amountOn(LedgerAccount.PP_MAINTENANCE).negate());
    }

    @Test
    void collection_fees_are_20_and_4_percent_to_the_penny() {
        qt().withExamples(1000).forAll(money()).checkAssert(LedgerPropertiesTest::collectionFees);
    }

    private static void collectionFees(BigDecimal due) {
        LocalDate day = LocalDate.of(2025, 6, 1);
        Posting p = PostingRules.maintenanceDue(1, day, due, ServiceType.COLLECT_AND_PAY);
        assertThat(p.amountOn(LedgerAccount.PP_FEES)).isEqualByComparingTo(due.multiply(new BigDecimal("0.20"))
                .setScale(2, java.math.RoundingMode.HALF_UP));
        Posting out = PostingRules.passedOn(2, day, due);
        assertThat(out.amountOn(LedgerAccount.CMS_BANK).negate().add(out.amountOn(LedgerAccount.FEE_INCOME).negate()))
                .isEqualByComparingTo(due);
    }

    @Test
    void arrears_allocation_never_pays_a_line_more_than_due_and_keeps_every_penny() {
        qt().withExamples(1000).forAll(lists().of(money()).ofSizeBetween(1, 24), lists().of(money()).ofSizeBetween(0, 24),
                integers().between(0, 800)).checkAssert(LedgerPropertiesTest::arrearsAllocation);
    }

    private static void arrearsAllocation(List<BigDecimal> dues, List<BigDecimal> payments, int todayOffset) {
        LocalDate first = LocalDate.of(2026, 1, 1);
        List<Arrears.Debit> debits = new ArrayList<>();
        for (int i = 0; i < dues.size(); i++) {
            debits.add(new Arrears.Debit((long) i, first.plusMonths(i), dues.get(i), true, false));
        }
        List<Arrears.Credit> credits = new ArrayList<>();
        for (int i = 0; i < payments.size(); i++) {
            credits.add(new Arrears.Credit(first.plusDays(i * 17L), payments.get(i), null));
        }
        Arrears.Result r = Arrears.allocate(debits, credits, first.plusDays(todayOffset));
        BigDecimal paidIn = payments.stream().reduce(Money.ZERO, BigDecimal::add);
        assertThat(r.totalPaid().add(r.advance())).isEqualByComparingTo(paidIn);
        assertThat(r.lines()).allSatisfy(l -> {
            assertThat(l.paid()).isLessThanOrEqualTo(l.amount());
            assertThat(l.outstanding()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        });
        // first in, first out: no line is paid while an older one still owes
        for (int i = 1; i < r.lines().size(); i++) {
            if (r.lines().get(i).paid().signum() > 0) {
                assertThat(r.lines().get(i - 1).outstanding()).isEqualByComparingTo("0");
            }
        }
        assertThat(r.advance().signum() > 0 ? r.totalDue().compareTo(r.totalPaid()) : 0).isZero();
    }

    @Test
    void reading_the_same_file_twice_gives_the_same_rows() {
        qt().withExamples(1000).forAll(lists().of(csvRow()).ofSizeBetween(0, 30)).checkAssert(rows -> {
            String csv = "date,case_reference,amount,reference\n" + String.join("\n", rows);
            assertThat(PaymentCsv.parse(csv)).isEqualTo(PaymentCsv.parse(csv));
            assertThat(PaymentCsv.parse(csv)).hasSize(rows.size());
        });
    }

    static Gen<String> csvRow() {
        Gen<String> date = arbitrary().pick("2026-03-01", "01/03/2026", "31/02/2026", "", "yesterday");
        Gen<String> ref = strings().betweenCodePoints('0', 'Z').ofLengthBetween(0, 12)
                .map(s -> s.replaceAll("[^A-Z0-9]", ""));
        Gen<String> amount = arbitrary().pick("10.00", "£5", "-3", "1.234", "abc", "100");
        return date.zip(ref, amount, ref, (d, c, a, r) -> d + "," + c + "," + a + "," + r);
    }
}
