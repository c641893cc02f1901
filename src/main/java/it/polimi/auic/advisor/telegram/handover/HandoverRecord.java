package it.polimi.auic.advisor.telegram.handover;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The link from a question posted in the staff chat back to the student who asked it: the only thing the bot keeps
 * that names a student's chat, and only while the question waits for the staff's first reply.
 *
 * @param key       a random name for the record (its file's name), which says nothing of the student
 * @param chatId    the student's chat, where the staff's replies go
 * @param question  the question as posted
 * @param postedAt  when the student sent it; the record is deleted {@code handoverDays} later
 * @param messageId the posted message in the staff chat, which the staff reply to; {@code null} while Telegram has
 *                  not confirmed the post (written ahead of it, so that a crash in between loses no link)
 */
record HandoverRecord(
        @JsonProperty(value = "key", required = true) String key,
        @JsonProperty(value = "chatId", required = true) long chatId,
        @JsonProperty(value = "question", required = true) String question,
        @JsonProperty(value = "postedAt", required = true) Instant postedAt,
        @JsonProperty(value = "messageId") Long messageId) {

    HandoverRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(postedAt, "postedAt");
    }

    HandoverRecord posted(long postedMessageId) {
        return new HandoverRecord(key, chatId, question, postedAt, postedMessageId);
    }

    OptionalLong postedMessage() {
        return messageId == null ? OptionalLong.empty() : OptionalLong.of(messageId);
    }

    /** Never the student's chat id: the record's key is enough to find it. */
    @Override
    public String toString() {
        return "HandoverRecord[" + key + "]";
    }
}
