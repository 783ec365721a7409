package org.childmaintenance.options.ui;

import org.childmaintenance.base.MoneyText;
import static org.childmaintenance.base.Texts.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.stream.Collectors;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.Display;

/** The terms of an arrangement as summary lists, with "Change" links while it is the author's draft. */
final class Terms {
    private Terms() {
    }

    static Div of(ArrangementDetails d, boolean changeable) {
        RouteParameters p = new RouteParameters("id", Long.toString(d.id()));
        Div div = new Div();
        div.add(new H2(t("arrangement.check.parentsHeading")));
        SummaryList parents = new SummaryList();
        parents.setId("terms-parents");
        parents.row(t("arrangement.check.payingParent"), d.payingParentName(), change(changeable, AboutStep.class, p, "change-parties"));
        parents.row(t("arrangement.check.receivingParent"), d.receivingParentName(), null);
        String children = d.children().stream()
                .map(c -> c.dateOfBirth() == null ? c.firstName()
                        : c.firstName() + " (" + t("arrangement.check.born", Display.date(c.dateOfBirth())) + ")")
                .collect(Collectors.joining(", "));
        parents.row(t("arrangement.check.children"), children, change(changeable, ChildrenStep.class, p, "change-children"));
        div.add(parents);

        div.add(new H2(t("arrangement.check.moneyHeading")));
        SummaryList money = new SummaryList();
        money.setId("terms-money");
        money.row(t("arrangement.check.amount"), d.amount() == null ? "" : t("arrangement.amountEvery",
                MoneyText.format(d.amount()), Display.label("arrangement.frequency.", d.frequency()).toLowerCase()),
                change(changeable, AmountStep.class, p, "change-amount"));
        if (d.estimateWeekly() != null) {
            money.row(t("arrangement.check.estimate"), t("arrangement.perWeek", MoneyText.format(d.estimateWeekly())),
                    change(changeable, EstimateStep.class, p, "change-estimate"));
        }
        money.row(t("arrangement.check.method"), Display.label("arrangement.method.", d.paymentMethod()),
                change(changeable, PaymentStep.class, p, "change-method"));
        money.row(t("arrangement.check.timing"), d.paymentTiming(), change(changeable, PaymentStep.class, p, "change-timing"));
        money.row(t("arrangement.check.firstPayment"), Display.date(d.firstPaymentDate()),
                change(changeable, PaymentStep.class, p, "change-first-payment"));
        money.row(t("arrangement.check.shared"), d.sharedDetails() == null ? t("arrangement.check.nothingShared")
                : d.sharedDetails(), change(changeable, PaymentStep.class, p, "change-shared"));
        div.add(money);

        div.add(new H2(t("arrangement.check.extrasHeading")));
        SummaryList extras = new SummaryList();
        extras.setId("terms-extras");
        extras.row(t("arrangement.extras.schoolTrips"), Display.label("arrangement.extras.", d.schoolTrips()),
                change(changeable, ExtrasStep.class, p, "change-school-trips"));
        extras.row(t("arrangement.extras.clothes"), Display.label("arrangement.extras.", d.clothes()),
                change(changeable, ExtrasStep.class, p, "change-clothes"));
        extras.row(t("arrangement.extras.activities"), Display.label("arrangement.extras.", d.activities()),
                change(changeable, ExtrasStep.class, p, "change-activities"));
        extras.row(t("arrangement.check.holidays"), d.holidays(), change(changeable, HolidaysStep.class, p, "change-holidays"));
        extras.row(t("arrangement.check.changes"), d.changesPlan(), change(changeable, ChangesStep.class, p, "change-changes"));
        extras.row(t("arrangement.check.reviewDate"), Display.date(d.reviewDate()),
                change(changeable, ReviewDateStep.class, p, "change-review-date"));
        div.add(extras);
        return div;
    }

    private static Component change(boolean changeable, Class<? extends Component> step, RouteParameters p, String id) {
        if (!changeable) {
            return null;
        }
        RouterLink link = new RouterLink(t("arrangement.check.change"), step, p);
        link.setQueryParameters(StepPage.changeQuery());
        link.setId(id);
        return link;
    }
}
