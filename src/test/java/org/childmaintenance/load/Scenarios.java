package org.childmaintenance.load;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the simulated people do, with think time between actions. Each method is one visit; every round trip
 * is timed under the action's label. Users come from {@code portal.load-users} (cases.LoadUsers) and the demo
 * data (employer payroll user, caseworkers).
 */
final class Scenarios {
    static final String PASSWORD = "demo-password-2026";

    /** Think time between two actions. */
    interface Think {
        void pause();
    }

    private Scenarios() {
    }

    static Think think(Duration min, Duration max) {
        return () -> {
            long ms = ThreadLocalRandom.current().nextLong(min.toMillis(), max.toMillis() + 1);
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VaadinClient.LoadError("stopped");
            }
        };
    }

    /** The real sign-in page: e-mail, password, the button; the server navigates to the home page. */
    static void signIn(VaadinClient c, String email, String password) {
        c.open("signIn.open", "sign-in");
        c.setValue("signIn.email", "email", email);
        c.setValue("signIn.password", "password", password);
        c.click("signIn.submit", "sign-in");
        if (!"home".equals(routeAfterServerNavigation(c))) {
            throw new VaadinClient.LoadError("signIn.submit: not signed in (" + c.tree().textOf(c.tree().root()).strip() + ")");
        }
    }

    /**
     * "Sign out": the session ends on the server while the click is handled, so the answer either sends the
     * browser to the signed-out page or says the session has expired (flow-client then reloads); either way the
     * browser loads the signed-out page next.
     */
    static void signOut(VaadinClient c, String label) {
        try {
            c.click(label, "sign-out");
        } catch (VaadinClient.LoadError e) {
            if (!String.valueOf(e.getMessage()).contains("sessionExpired")) {
                throw e;
            }
        }
        c.open(label + ".landing", "signed-out");
    }

    /** Where a server-side navigation in the last response went (the page's heading tells it too). */
    static String routeAfterServerNavigation(VaadinClient c) {
        return c.has("sign-out") ? "home" : "sign-in";
    }

    /** Sign in → My case → Payments → a statement (PDF) → Report a change (income preview) → Messages → sign out. */
    static void parentVisit(VaadinClient c, String email, Think think) {
        signIn(c, email, PASSWORD);
        think.pause();
        c.navigate("parent.myCase", "my-case");
        String caseId = caseIdOnMyCase(c);
        think.pause();
        c.navigate("parent.payments", "payments/" + caseId);
        String statement = c.need("statement-pdf").attribute("href");
        think.pause();
        byte[] pdf = c.download("parent.statementPdf", statement);
        if (pdf.length < 4 || pdf[0] != '%' || pdf[1] != 'P') {
            throw new VaadinClient.LoadError("parent.statementPdf: not a PDF");
        }
        think.pause();
        c.navigate("parent.reportChange", "report-a-change/" + caseId);
        think.pause();
        reportIncomeChangeUpToPreview(c, caseId, think);
        think.pause();
        c.navigate("parent.messages", "messages");
        think.pause();
        signOut(c, "parent.signOut");
    }

    /** The case id from the links My case shows (Report a change, Your safety). */
    static String caseIdOnMyCase(VaadinClient c) {
        String href = c.need("your-safety").attribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    /** The income change: its questions, then the check page with the preview of the new amount (not sent). */
    static void reportIncomeChangeUpToPreview(VaadinClient c, String caseId, Think think) {
        c.navigate("parent.changeIncome", "report-a-change/" + caseId + "/income");
        think.pause();
        c.setValue("parent.changeField", "q-incomeType", "1"); // employed
        c.click("parent.changeContinue", "continue");
        think.pause();
        c.setValue("parent.changeField", "q-incomeAmount", Integer.toString(2000 + ThreadLocalRandom.current().nextInt(2000)));
        c.setValue("parent.changeField", "q-incomeFrequency", "4"); // a month
        c.click("parent.changeContinue", "continue");
        think.pause();
        c.click("parent.changeContinue", "continue"); // no pension
        think.pause();
        LocalDate happened = LocalDate.now().minusDays(7);
        c.setValue("parent.changeField", "q-happenedOn-day", Integer.toString(happened.getDayOfMonth()));
        c.setValue("parent.changeField", "q-happenedOn-month", Integer.toString(happened.getMonthValue()));
        c.setValue("parent.changeField", "q-happenedOn-year", Integer.toString(happened.getYear()));
        c.click("parent.changePreview", "continue");
        if (!c.has("preview")) {
            throw new VaadinClient.LoadError("parent.changePreview: no preview (" + c.tree().textOf(c.tree().root()).strip() + ")");
        }
    }

    /** An employer's payroll user records this month's pay day for each employee with an order (protected earnings). */
    static void employerPayRun(VaadinClient c, String email, Think think) {
        signIn(c, email, PASSWORD);
        think.pause();
        c.navigate("employer.orders", "employer/orders");
        List<String> orders = c.tree().byIdPrefix("order-").stream().map(n -> n.attribute("href")).toList();
        if (orders.isEmpty()) {
            throw new VaadinClient.LoadError("employer.orders: no orders");
        }
        LocalDate payDay = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(1, 20));
        for (String order : orders) {
            think.pause();
            c.navigate("employer.deductionPage", order + "/deduction");
            c.setValue("employer.field", "pay-date-day", Integer.toString(payDay.getDayOfMonth()));
            c.setValue("employer.field", "pay-date-month", Integer.toString(payDay.getMonthValue()));
            c.setValue("employer.field", "pay-date-year", Integer.toString(payDay.getYear()));
            c.setValue("employer.field", "net-earnings", Integer.toString(1400 + ThreadLocalRandom.current().nextInt(1500)));
            c.click("employer.workOut", "preview");
            think.pause();
            c.click("employer.record", "record");
        }
        think.pause();
        c.navigate("employer.thisMonth", "employer/month");
        think.pause();
        signOut(c, "employer.signOut");
    }

    /** A caseworker (signed in once per visit) opens the desk, a queue, finds a case and opens it, several times. */
    static void caseworkerShift(VaadinClient c, String email, int loadCases, int rounds, Think think) {
        signIn(c, email, PASSWORD);
        for (int round = 0; round < rounds; round++) {
            think.pause();
            c.navigate("casework.desk", "casework");
            think.pause();
            c.navigate("casework.queue", "casework/cases");
            think.pause();
            c.navigate("casework.desk", "casework");
            int n = 1 + ThreadLocalRandom.current().nextInt(Math.max(1, loadCases));
            c.setValue("casework.field", "term", String.format("1290%08d", n));
            c.click("casework.find", "find");
            List<UiTree.Node> found = c.tree().anchorsWithHref("casework/case/");
            if (found.isEmpty()) {
                throw new VaadinClient.LoadError("casework.find: case 1290" + n + " not found");
            }
            think.pause();
            c.navigate("casework.case", found.getFirst().attribute("href"));
        }
        think.pause();
        signOut(c, "casework.signOut");
    }

    /** Someone not signed in works out an estimate: benefits, income, children, care, other children, result. */
    static void anonymousEstimate(VaadinClient c, Think think) {
        c.open("estimate.open", "estimate");
        think.pause();
        c.setValue("estimate.field", "benefit", "3"); // no benefits
        c.click("estimate.continue", "continue");
        think.pause();
        c.setValue("estimate.field", "income", Integer.toString(300 + ThreadLocalRandom.current().nextInt(700)));
        c.setValue("estimate.field", "period", "1"); // a week
        c.click("estimate.continue", "continue");
        think.pause();
        c.setValue("estimate.field", "children", "2");
        c.click("estimate.continue", "continue");
        think.pause();
        c.setValue("estimate.field", "care-1", "1");
        c.setValue("estimate.field", "care-2", "1");
        c.click("estimate.continue", "continue");
        think.pause();
        c.setValue("estimate.field", "other-children", "1");
        c.setValue("estimate.field", "other-arrangements", "1");
        c.click("estimate.calculate", "calculate");
        if (!c.has("weekly-amount")) {
            throw new VaadinClient.LoadError("estimate.calculate: no result (" + c.tree().textOf(c.tree().root()).strip() + ")");
        }
    }
}
