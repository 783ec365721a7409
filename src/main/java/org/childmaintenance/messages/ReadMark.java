package org.childmaintenance.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How far one reader has read one conversation (the last message id they have seen). */
@Entity(name = "MsgReadMark")
@Table(name = "msg_read_mark")
class ReadMark {
    @Embeddable
    record Key(@Column(name = "conversation_id") long conversationId, @Column(name = "account_id") long accountId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "last_read_id", nullable = false)
    private long lastReadId;

    protected ReadMark() {
    }

    ReadMark(long conversationId, long accountId, long lastReadId) {
        this.key = new Key(conversationId, accountId);
        this.lastReadId = lastReadId;
    }

    void readUpTo(long messageId) {
        lastReadId = Math.max(lastReadId, messageId);
    }

    long lastReadId() { return lastReadId; }
}
