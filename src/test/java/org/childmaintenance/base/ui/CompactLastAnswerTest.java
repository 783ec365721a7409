package org.childmaintenance.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** The UI's last answer is kept deflated between requests and comes back exactly as Flow wrote it. */
class CompactLastAnswerTest {

    private static final String ANSWER = "{\"syncId\":3,\"clientId\":4,\"changes\":[{\"node\":7,\"type\":\"put\","
            + "\"key\":\"text\",\"value\":\"Your case \u2013 \u00a3120.50 a week, \u201cpaid\u201d \uD83D\uDD14\"}]}";

    @Test
    void the_answer_leaves_the_ui_deflated_and_comes_back_unchanged() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(ANSWER.repeat(200));

        CompactLastAnswer.compact(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).as("Flow's String is gone between requests").isNull();
        CompactLastAnswer.Deflated kept = com.vaadin.flow.component.ComponentUtil.getData(ui, CompactLastAnswer.Deflated.class);
        assertThat(kept.bytes().length).as("deflated").isLessThan(ANSWER.repeat(200).length() / 10);

        CompactLastAnswer.restore(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(ANSWER.repeat(200));
    }

    @Test
    void only_the_next_expected_message_skips_putting_the_answer_back() {
        UI ui = new UI();
        ui.getInternals().setLastProcessedClientToServerId(4, new byte[32]);

        assertThat(CompactLastAnswer.isNextMessage(ui, "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":4,\"clientId\":5}")).isTrue();
        assertThat(CompactLastAnswer.isNextMessage(ui, "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":4,\"clientId\":4}"))
                .as("a repeated message").isFalse();
        assertThat(CompactLastAnswer.isNextMessage(ui, "{\"csrfToken\":\"x\",\"rpc\":[]}")).as("no id").isFalse();
        // A typed value that looks like the key is escaped inside its string: the message's own id still decides
        assertThat(CompactLastAnswer.isNextMessage(ui, "{\"rpc\":[{\"type\":\"mSync\",\"value\":\"a,\\\"clientId\\\":5}\"}],"
                + "\"syncId\":4,\"clientId\":4}")).isFalse();
        assertThat(CompactLastAnswer.isNextMessage(ui, "{\"rpc\":[{\"type\":\"mSync\",\"value\":\"a,\\\"clientId\\\":4}\"}],"
                + "\"syncId\":4,\"clientId\":5}")).isTrue();
    }
}
