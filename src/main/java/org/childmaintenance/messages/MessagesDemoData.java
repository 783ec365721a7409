package org.childmaintenance.messages;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.childmaintenance.identity.ActAs;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.messages.MessageViews.NewAttachment;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo messages (only with portal.demo-data=true, after the demo cases), made through the services
 * as the people would: Alex Morgan asks about a payment with a PDF attached and the service
 * answers (unread); Northfield Foods Ltd asks about an order.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class MessagesDemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(MessagesDemoData.class);
    private final IdentityService identity;
    private final MessageService messages;
    private final CaseworkMessages casework;
    private final MsgConversationRepository conversations;

    private final ActAs actAs;

    MessagesDemoData(IdentityService identity, MessageService messages, CaseworkMessages casework,
                     MsgConversationRepository conversations, ActAs actAs) {
        this.actAs = actAs;
        this.identity = identity;
        this.messages = messages;
        this.casework = casework;
        this.conversations = conversations;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long parent = identity.findAccountId("parent@example.com").orElse(null);
        Long employer = identity.findAccountId("employer.admin@example.com").orElse(null);
        Long caseworker = identity.findAccountId("caseworker@example.com").orElse(null);
        if (parent == null || employer == null || caseworker == null
                || !conversations.findByPartyAccountIdOrderByLastMessageAtDesc(parent).isEmpty()) {
            return;
        }
        List<MessageViews.CaseChoice> cases = actAs.call(parent, messages::casesICanWriteAbout);
        if (cases.isEmpty()) {
            return;
        }
        long parentConversation = actAs.call(parent, () -> messages.startAboutCase(cases.getFirst().caseId(), Subject.PAYMENTS,
                "Hello. Sam's payment for last month has not arrived. I have attached my bank statement. Can you check it?",
                List.of(new NewAttachment("bank-statement.pdf", samplePdf()))));
        actAs.call(caseworker, () -> {
            casework.addNote(parentConversation, "Checked the Direct Pay schedule: last month's payment is marked missed.");
            casework.reply(parentConversation, "Thank you for your message and your bank statement. We have checked the "
                    + "payment schedule and asked Sam Taylor to pay. We will write to you again within 10 working days.", List.of());
            return null;
        });
        long employerConversation = actAs.call(employer, () -> messages.startAsEmployer("DEO-NF-0001", Subject.PAYMENTS,
                "We have changed our payroll date from the 25th to the last working day of the month. "
                        + "Do we need to tell you anything else?", List.of()));
        log.info("Demo messages created: conversations {} (parent) and {} (employer)", parentConversation, employerConversation);
    }


    static byte[] samplePdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("Bank statement (demo): no payment received from S TAYLOR this month."));
        doc.close();
        return out.toByteArray();
    }
}
