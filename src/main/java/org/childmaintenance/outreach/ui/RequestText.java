package org.childmaintenance.outreach.ui;

import static org.childmaintenance.base.Texts.t;

import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.outreach.OutreachViews.MyRequest;
import org.childmaintenance.outreach.RequestKind;
import org.childmaintenance.outreach.RequestStatus;
import org.childmaintenance.outreach.Times;

/** How a request for help reads to the person who made it, and its status as a coloured tag. */
final class RequestText {

    private RequestText() {
    }

    static String what(MyRequest r) {
        if (r.kind() == RequestKind.APPOINTMENT && r.date() != null && r.time() != null) {
            return t("outreach.mine.appointment", r.centreName() == null ? "" : r.centreName(),
                    Times.date(r.date()), Times.time(r.time()));
        }
        return t("outreach.mine.callBack");
    }

    static String asked(Instant at, Clock clock) {
        return org.childmaintenance.base.DisplayFormats.date(at.atZone(clock.getZone()));
    }

    static Span status(RequestStatus status, String id) {
        Span tag = new Span(t("outreach.status." + status.name()));
        tag.setId(id);
        tag.addClassName("tag");
        tag.addClassName(switch (status) {
            case WAITING, BOOKED -> "tag--blue";
            case DONE, ATTENDED -> "tag--green";
            case MISSED -> "tag--yellow";
            case CANCELLED -> "tag--grey";
        });
        return tag;
    }

    /** The request's details, as the person sees them (no safety answers). */
    static SummaryList details(MyRequest r) {
        SummaryList list = new SummaryList();
        list.setId("request-details");
        list.row(t("outreach.mine.reference"), r.reference(), null);
        list.row(t("outreach.mine.what"), what(r), null);
        if (r.kind() == RequestKind.APPOINTMENT && r.centreAddress() != null) {
            list.row(t("outreach.mine.address"), r.centreAddress(), null);
        }
        if (r.kind() == RequestKind.CALL_BACK) {
            list.row(t("outreach.check.times"), r.times().stream().map(x -> t("outreach.times." + x.name()))
                    .collect(Collectors.joining("; ")), null);
        }
        list.row(t("outreach.mine.status"), t("outreach.status." + r.status().name()), null);
        return list;
    }
}
