package org.childmaintenance.legacy;

import java.util.List;
import java.util.UUID;

/** Import files for tests: the documented header and rows with unique references. */
public final class LegacyRows {
    private LegacyRows() {
    }

    public static String header() {
        return String.join(",", LegacyImport.COLUMNS);
    }

    public static String reference() {
        return "CS2003-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A paying case (weekly amount, collected) between two parents with these e-mails (either may be empty). */
    public static String paying(String reference, String payingEmail, String receivingEmail, String weekly, String arrears) {
        return row(reference, "Pat Payer", "1984-02-03", payingEmail, "Rae Receiver", "1986-07-08", receivingEmail,
                "Jamie Payer|2016-05-12;Riley Payer|2019-09-03", weekly, "COLLECTION", arrears, "no", "no");
    }

    public static String row(String reference, String payingName, String payingDob, String payingEmail, String receivingName,
                             String receivingDob, String receivingEmail, String children, String weekly, String method,
                             String arrears, String enforcement, String clerical) {
        return String.join(",", List.of(reference, "2003", payingName, payingDob, payingEmail, receivingName, receivingDob,
                receivingEmail, children, weekly, method, arrears, enforcement, clerical));
    }

    public static String file(String... rows) {
        return header() + "\n" + String.join("\n", rows) + "\n";
    }
}
