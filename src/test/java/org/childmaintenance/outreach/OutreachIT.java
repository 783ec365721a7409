package org.childmaintenance.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.notification.OutboxProbe;
import org.childmaintenance.outreach.OutreachFixtures.TestCentre;
import org.childmaintenance.outreach.OutreachViews.AppointmentAnswers;
import org.childmaintenance.outreach.OutreachViews.CallBackAnswers;
import org.childmaintenance.outreach.OutreachViews.MyRequest;
import org.childmaintenance.outreach.OutreachViews.QueueCounts;
import org.childmaintenance.outreach.OutreachViews.QueueItem;
import org.childmaintenance.outreach.OutreachViews.ReferralForm;
import org.childmaintenance.outreach.OutreachViews.Submitted;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Talking to a person on MariaDB: call-backs from parents and visitors, appointments (one booking per
 * slot, also when people book at the same moment), cancelling, the Options queue, and partner centres
 * that see only their own referrals and slots.
 */
@PortalTest
class OutreachIT {
    @Autowired HelpRequests help;
    @Autowired OptionsQueue queue;
    @Autowired PartnerCentres partners;
    @Autowired OutreachFixtures fx;
    @Autowired CaseFixtures cases;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
        clock.reset();
    }

    private static CallBackAnswers visitorCallBack(String name, String email) {
        return new CallBackAnswers(name, email, "020 7946 0991", Set.of(CallTime.WEEKDAY_AFTERNOON), Topic.WHICH_OPTION,
                "Just separated", false, "options");
    }

    private static AppointmentAnswers visitorBooking(long slotId, String email) {
        return new AppointmentAnswers("Sky Visitor", email, slotId, Topic.APPLYING, null, "estimate");
    }

    private int audits(String action, long id) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?", Integer.class,
                action, Long.toString(id));
    }

    @Test
    void a_signed_in_parent_asks_for_a_call_back_sees_it_and_casework_finds_it_in_the_options_queue_oldest_first() {
        String parent = cases.newParent("callback");
        cases.signIn(parent);
        long id = fx.callBackBySignedInParent();
        List<MyRequest> mine = help.myRequests();
        assertThat(mine).extracting(MyRequest::id).containsExactly(id);
        assertThat(mine.getFirst().status()).isEqualTo(RequestStatus.WAITING);
        assertThat(jdbc.queryForObject("select count(*) from portal_notification where account_id = "
                + "(select id from account where email = ?) and message_key = 'outreach.notify.callBack'", Integer.class, parent))
                .as("a notice in the parent's list").isEqualTo(1);
        assertThat(audits("HELP_CALL_BACK_REQUESTED", id)).isEqualTo(1);

        cases.signInCaseworker();
        List<QueueItem> open = queue.open();
        assertThat(open).extracting(QueueItem::id).contains(id);
        assertThat(open).extracting(QueueItem::createdAt).isSorted();
        var details = queue.request(id);
        assertThat(details.phone()).isEqualTo("07700900222");
        assertThat(details.signedIn()).isTrue();
        assertThat(details.cameFrom()).isEqualTo("estimate");
    }

    @Test
    void a_visitor_gets_a_private_link_by_email_that_shows_and_cancels_their_request_and_then_stops_working() {
        String email = TestAccounts.uniqueEmail("visitor");
        Submitted sent = help.askForCallBack(visitorCallBack("Sky Visitor", email));
        assertThat(sent.emailed()).isTrue();
        String body = OutboxProbe.lastBodyTo(jdbc, email);
        assertThat(body).contains(sent.reference(), "/talk-to-someone/manage?token=")
                .as("no e-mail repeats the number or the safety answer").doesNotContain("7946", "message");
        String token = body.substring(body.indexOf("token=") + 6).split("\\s")[0];
        assertThat(jdbc.queryForObject("select count(*) from outreach_request where manage_token_hash = ?", Integer.class, token))
                .as("the token itself is never stored").isZero();

        assertThat(help.byLink(token)).get().extracting(MyRequest::reference).isEqualTo(sent.reference());
        assertThat(help.byLink("not-" + token)).isEmpty();
        help.cancelByLink(token);
        assertThat(help.byLink(token)).as("a cancelled request's link ends").isEmpty();
        assertThat(OutboxProbe.lastBodyTo(jdbc, email)).contains("cancelled", sent.reference());
        long id = fx.idOf(sent.reference());
        assertThat(audits("HELP_REQUEST_CANCELLED", id)).isEqualTo(1);
        cases.signInCaseworker();
        assertThat(queue.open()).extracting(QueueItem::id).doesNotContain(id);
    }

    @Test
    void a_visitor_must_give_a_name_and_a_uk_number_and_nothing_is_saved_otherwise() {
        int before = jdbc.queryForObject("select count(*) from outreach_request", Integer.class);
        assertThatThrownBy(() -> help.askForCallBack(new CallBackAnswers(" ", "not-an-email", "0906 123 4567", Set.of(),
                null, "x".repeat(1001), null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field)
                        .containsExactly("fullName", "email", "phone", "messageOk", "times", "topic", "details"));
        assertThat(jdbc.queryForObject("select count(*) from outreach_request", Integer.class)).isEqualTo(before);
    }

    @Test
    void a_booked_slot_is_gone_from_the_free_list_a_second_booking_is_refused_and_cancelling_frees_it() {
        TestCentre centre = fx.centre("Booking");
        long slot = fx.slot(centre, 3, "10:00");
        assertThat(help.freeSlots(centre.id())).extracting(OutreachViews.SlotInfo::id).containsExactly(slot);

        String parent = cases.newParent("booker");
        cases.signIn(parent);
        Submitted booked = help.bookAppointment(new AppointmentAnswers(null, null, slot, Topic.HOW_MUCH, null, null));
        assertThat(booked.kind()).isEqualTo(RequestKind.APPOINTMENT);
        long id = fx.idOf(booked.reference());
        assertThat(help.myRequests().getFirst().status()).isEqualTo(RequestStatus.BOOKED);
        assertThat(help.freeSlots(centre.id())).isEmpty();
        assertThat(audits("HELP_APPOINTMENT_BOOKED", id)).isEqualTo(1);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> help.bookAppointment(visitorBooking(slot, TestAccounts.uniqueEmail("late"))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors().getFirst().message())
                        .isEqualTo("outreach.error.slot.taken"));

        cases.signIn(parent);
        help.cancelMine(id);
        assertThat(help.myRequests().getFirst().status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(help.freeSlots(centre.id())).extracting(OutreachViews.SlotInfo::id).containsExactly(slot);
        assertThatThrownBy(() -> help.cancelMine(id)).isInstanceOf(UserFacingException.class);
        String other = cases.newParent("other");
        cases.signIn(other);
        assertThatThrownBy(() -> help.cancelMine(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eight_people_booking_one_slot_at_the_same_moment_give_it_to_exactly_one() throws Exception {
        TestCentre centre = fx.centre("Parallel");
        long slot = fx.slot(centre, 4, "11:00");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String email = TestAccounts.uniqueEmail("parallel" + t);
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    help.bookAppointment(visitorBooking(slot, email));
                    booked.incrementAndGet();
                } catch (UserFacingException e) {
                    assertThat(e.fieldErrors().getFirst().message()).isEqualTo("outreach.error.slot.taken");
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS); // any other failure (deadlock, constraint) fails here
        }
        pool.shutdown();
        assertThat(booked.get()).as("bookings that succeeded").isEqualTo(1);
        assertThat(refused.get()).isEqualTo(threads - 1);
        assertThat(jdbc.queryForObject("select count(*) from outreach_request where slot_id = ?", Integer.class, slot))
                .as("only the winner's request is kept").isEqualTo(1);
        assertThat(jdbc.queryForObject("select booked_request_id from outreach_slot where id = ?", Long.class, slot))
                .isEqualTo(jdbc.queryForObject("select id from outreach_request where slot_id = ?", Long.class, slot));
    }

    @Test
    void a_centre_sees_only_its_own_referrals_and_slots_and_a_referral_needs_consent() {
        TestCentre mine = fx.centre("Mine");
        TestCentre theirs = fx.centre("Theirs");
        long myReferral = fx.referral(mine, "Pat Mine", true);
        long theirReferral = fx.referral(theirs, "Lee Theirs", false);
        long theirSlot = fx.slot(theirs, 5, "09:30");

        fx.signIn(mine.staffEmail());
        assertThat(partners.myReferrals()).extracting(OutreachViews.ReferralSummary::id).containsExactly(myReferral);
        assertThat(partners.referral(myReferral).status()).isEqualTo(RequestStatus.WAITING);
        assertThatThrownBy(() -> partners.referral(theirReferral)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partners.withdrawSlot(theirSlot)).isInstanceOf(AccessDeniedException.class);
        assertThat(partners.mySlots()).isEmpty();
        assertThatThrownBy(() -> partners.refer(new ReferralForm("No Consent", "07700 900333", null, true, "Help", false,
                null, false))).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                .extracting(UserFacingException.FieldError::field).containsExactly("consent"));
        assertThatThrownBy(() -> help.myRequests()).as("a centre's staff see no parent's requests")
                .isInstanceOf(AccessDeniedException.class);

        cases.signInCaseworker();
        var details = queue.request(myReferral);
        assertThat(details.safetyConcern()).isTrue();
        assertThat(details.safetyDetails()).isEqualTo("Ex-partner reads texts");
        assertThat(details.referredBy()).isEqualTo(mine.name());
        assertThat(queue.open()).filteredOn(i -> i.id() == myReferral).singleElement()
                .satisfies(i -> assertThat(i.safetyConcern()).isTrue());
    }

    @Test
    void the_options_queue_counts_follow_assignment_and_outcomes_and_nobody_misses_an_appointment_still_to_come() {
        TestCentre centre = fx.centre("Queue");
        long slot = fx.slot(centre, 2, "14:00");
        long appointment = fx.idOf(help.bookAppointment(visitorBooking(slot, TestAccounts.uniqueEmail("q"))).reference());
        long referral = fx.referral(centre, "Quinn Queue", true);

        cases.signInCaseworker();
        QueueCounts before = queue.counts();
        assertThat(before.open()).isGreaterThanOrEqualTo(2);
        queue.assignToMe(referral);
        QueueCounts assigned = queue.counts();
        assertThat(assigned.mine()).isEqualTo(before.mine() + 1);
        assertThat(assigned.unassigned()).isEqualTo(before.unassigned() - 1);
        assertThat(audits("HELP_REQUEST_ASSIGNED", referral)).isEqualTo(1);

        queue.recordOutcome(referral, RequestStatus.DONE, "Called, booked an appointment");
        QueueCounts done = queue.counts();
        assertThat(done.open()).isEqualTo(before.open() - 1);
        assertThat(done.mine()).isEqualTo(before.mine());
        assertThat(done.needingCare()).isEqualTo(before.needingCare() - 1);
        fx.signIn(centre.staffEmail());
        assertThat(partners.referral(referral).status()).as("the centre sees the new status").isEqualTo(RequestStatus.DONE);

        cases.signInCaseworker();
        assertThatThrownBy(() -> queue.recordOutcome(appointment, RequestStatus.MISSED, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("outreach.error.outcome.tooEarly"));
        assertThatThrownBy(() -> queue.recordOutcome(appointment, RequestStatus.DONE, null))
                .isInstanceOf(UserFacingException.class);
        clock.advance(Duration.ofDays(3));
        queue.recordOutcome(appointment, RequestStatus.ATTENDED, null);
        assertThat(queue.request(appointment).status()).isEqualTo(RequestStatus.ATTENDED);
        assertThat(audits("HELP_REQUEST_ATTENDED", appointment)).isEqualTo(1);
        assertThatThrownBy(() -> queue.assignToMe(appointment)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void visitors_are_limited_per_client_address_and_other_signed_in_people_cannot_ask_as_parents() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113." + (1 + (int) (System.nanoTime() % 200)));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        for (int i = 0; i < 5; i++) {
            help.askForCallBack(visitorCallBack("Limit " + i, ""));
        }
        assertThatThrownBy(() -> help.askForCallBack(visitorCallBack("Limit 6", "")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.getMessage()).isEqualTo("outreach.error.tooMany"));
        RequestContextHolder.resetRequestAttributes();

        cases.signInCaseworker();
        assertThatThrownBy(() -> help.askForCallBack(visitorCallBack("Case Worker", ""))).isInstanceOf(AccessDeniedException.class);
    }
}
