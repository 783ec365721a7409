package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.childmaintenance.cases.ServiceType;

/** Invariants of the posting rules and the arrears allocation, for any amounts and any order of events. */
class LedgerProperties {

    @Provide
    Arbitrary<BigDecimal> money() {
        return Arbitraries.longs().between(1, 5_000_00).map(p -> BigDecimal.valueOf(p, 2));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
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

    @Provide
    Arbitrary<Op> ops() {
        Arbitrary<BigDecimal> m = money();
        return Arbitraries.oneOf(
                Combinators.combine(m, Arbitraries.of(ServiceType.class)).as(Due::new),
                m.map(Pay::new), m.map(Confirm::new), Arbitraries.of(EnforcementCharge.class).map(Charge::new),
                Combinators.combine(m, Arbitraries.of(true, false)).as(Adjust::new),
                Combinators.combine(Arbitraries.of(PostingRules.WriteOffTarget.class), m).as(WriteOff::new),
                Arbitraries.just(new PassOn()), Arbitraries.integers().between(0, 1000).map(Reverse::new));
    }

    @Property
    void every_transaction_balances_and_all_entries_sum_to_zero(@ForAll @Size(max = 60) List<@net.jqwik.api.From("ops") Op> ops,
                                                                 @ForAll("dates") LocalDate start) {
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

    @Property
    void a_payment_is_split_without_losing_a_penny(@ForAll("money") BigDecimal amount, @ForAll("money") BigDecimal owedMaintenance,
                                                   @ForAll("money") BigDecimal owedFees, @ForAll("money") BigDecimal owedCharges) {
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

    @Property
    void collection_fees_are_20_and_4_percent_to_the_penny(@ForAll("money") BigDecimal due) {
        LocalDate day = LocalDate.of(2025, 6, 1);
        Posting p = PostingRules.maintenanceDue(1, day, due, ServiceType.COLLECT_AND_PAY);
        assertThat(p.amountOn(LedgerAccount.PP_FEES)).isEqualByComparingTo(due.multiply(new BigDecimal("0.20"))
                .setScale(2, java.math.RoundingMode.HALF_UP));
        Posting out = PostingRules.passedOn(2, day, due);
        assertThat(out.amountOn(LedgerAccount.CMS_BANK).negate().add(out.amountOn(LedgerAccount.FEE_INCOME).negate()))
                .isEqualByComparingTo(due);
    }

    @Property
    void arrears_allocation_never_pays_a_line_more_than_due_and_keeps_every_penny(
            @ForAll @Size(min = 1, max = 24) List<@net.jqwik.api.From("money") BigDecimal> dues,
            @ForAll @Size(max = 24) List<@net.jqwik.api.From("money") BigDecimal> payments,
            @ForAll @IntRange(min = 0, max = 800) int todayOffset) {
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

    @Property
    void reading_the_same_file_twice_gives_the_same_rows(@ForAll @Size(max = 30) List<@net.jqwik.api.From("csvRow") String> rows) {
        String csv = "date,case_reference,amount,reference\n" + String.join("\n", rows);
        assertThat(PaymentCsv.parse(csv)).isEqualTo(PaymentCsv.parse(csv));
        assertThat(PaymentCsv.parse(csv)).hasSize(rows.size());
    }

    @Provide
    Arbitrary<String> csvRow() {
        Arbitrary<String> date = Arbitraries.of("2026-03-01", "01/03/2026", "31/02/2026", "", "yesterday");
        Arbitrary<String> ref = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> amount = Arbitraries.of("10.00", "£5", "-3", "1.234", "abc", "100");
        return Combinators.combine(date, ref, amount, ref).as((d, c, a, r) -> d + "," + c + "," + a + "," + r);
    }
}
