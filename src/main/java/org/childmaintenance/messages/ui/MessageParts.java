package org.childmaintenance.messages.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.ZoneId;
import org.childmaintenance.messages.MessageViews.AttachmentInfo;
import org.childmaintenance.messages.MessageViews.ConversationDetail;
import org.childmaintenance.messages.MessageViews.MessageView;
import org.childmaintenance.base.DisplayFormats;

/** Pieces the message pages share: the history of a conversation, dates, the message box. All text is set as text. */
final class MessageParts {
    static final ZoneId UK = ZoneId.of(org.childmaintenance.base.TimeConfig.ZONE_NAME);

    private MessageParts() {
    }

    static String when(Instant at) {
        return DisplayFormats.dateTime(at, UK);
    }

    static String day(Instant at) {
        return DisplayFormats.date(at.atZone(UK));
    }

    /**
     * The messages in order. Customers see the service as "Child Maintenance Service", themselves as
     * "You" and anyone else on their side by name; casework also sees who answered, and the notes.
     */
    static OrderedList history(Component page, ConversationDetail d, boolean casework) {
        OrderedList list = new OrderedList();
        list.setId("message-history");
        list.addClassName("timeline");
        for (MessageView m : d.messages()) {
            ListItem li = new ListItem();
            li.setId("message-" + m.id());
            String who;
            if (m.internalNote()) {
                who = page.getTranslation("messages.author.note", m.author());
            } else if (m.fromService()) {
                who = casework ? page.getTranslation("messages.author.serviceBy", m.author())
                        : page.getTranslation("messages.author.service");
            } else if (m.mine()) {
                who = page.getTranslation("messages.author.you");
            } else {
                who = m.author();
            }
            H3 heading = new H3(who);
            Paragraph when = new Paragraph(when(m.sentAt()));
            when.addClassName("hint");
            li.add(heading, when);
            if (m.internalNote()) {
                Span tag = new Span(page.getTranslation("messages.note.tag"));
                tag.addClassName("tag");
                tag.addClassName("tag--yellow");
                li.add(new Paragraph(tag));
            }
            for (String para : m.body().split("\\R", -1)) {
                if (!para.isBlank()) {
                    li.add(new Paragraph(para));
                }
            }
            if (!m.attachments().isEmpty()) {
                UnorderedList files = new UnorderedList();
                files.addClassName("bullets");
                for (AttachmentInfo a : m.attachments()) {
                    files.add(new ListItem(attachmentLink(page, a)));
                }
                li.add(files);
            }
            list.add(li);
        }
        return list;
    }

    static Anchor attachmentLink(Component page, AttachmentInfo a) {
        Anchor link = new Anchor(a.href(), page.getTranslation("messages.attachment.link", a.fileName(),
                page.getTranslation("messages.fileType." + a.contentType().substring(a.contentType().indexOf('/') + 1)),
                Math.max(1, (a.sizeBytes() + 1023) / 1024)));
        link.setId("attachment-" + a.id());
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** The message box: plain text, counted, saved as a draft shortly after typing stops and on leaving the box. */
    static TextArea messageBox(Component page, String id, String label, int maxLength, Runnable saveDraft) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setHelperText(page.getTranslation("messages.body.hint", maxLength));
        area.addThemeName("helper-above-field");
        area.addClassName("field--area");
        area.setWidthFull();
        area.setMinRows(6);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(1000);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveDraft.run();
            }
        });
        area.addBlurListener(e -> saveDraft.run());
        return area;
    }

    /** "Message sent" banner (a region, announced). */
    static Div sentBanner(Component page) {
        Div banner = new Div();
        banner.setId("sent-banner");
        banner.addClassNames("banner", "banner--success");
        banner.getElement().setAttribute("role", "region");
        banner.getElement().setAttribute("aria-labelledby", "sent-banner-title");
        H2 title = new H2(page.getTranslation("messages.sent.title"));
        title.setId("sent-banner-title");
        title.getElement().setAttribute("role", "alert");
        banner.add(title, new Paragraph(page.getTranslation("messages.sent.body")));
        return banner;
    }
}
