package it.polimi.auic.advisor.telegram.handover;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import it.polimi.auic.advisor.chat.StaffDesk;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which posted question belongs to which student's chat. A record is written to disk before its question is posted
 * (and completed with the posted message's id once Telegram returns it), so that a restart still relays the
 * staff's reply; it is deleted from disk when the first reply reached the student, or {@code keptFor} after the
 * question was sent, whichever comes first. Further replies to the same question still reach the student while the
 * bot runs: after the first relay the link lives in memory only, for {@code keptFor} at most. Thread-safe.
 */
final class HandoverLinks {

    private static final Logger log = LoggerFactory.getLogger(HandoverLinks.class);
    private static final int MAX_RELAYED = 10_000;

    private final HandoverStore store;
    private final Clock clock;
    private final Duration keptFor;
    private final SecureRandom random = new SecureRandom();
    /** Every record on disk, by key; the disk is the truth, this saves reading it for each staff message. */
    private final Map<String, HandoverRecord> onDisk = new LinkedHashMap<>();
    /** Links whose first reply was relayed, by posted message id: memory only. */
    private final Cache<Long, HandoverRecord> relayed;

    /**
     * @param clock  when questions are sent and records expire (wall time: it must hold across restarts)
     * @param ticker how the memory-only links age
     */
    HandoverLinks(HandoverStore store, Duration keptFor, Clock clock, Ticker ticker) {
        this.store = store;
        this.keptFor = keptFor;
        this.clock = clock;
        this.relayed = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(keptFor).maximumSize(MAX_RELAYED).build();
        for (HandoverRecord record : store.loadAll()) {
            onDisk.put(record.key(), record);
        }
        purge();
    }

    Duration keptFor() {
        return keptFor;
    }

    /** Writes the link of a question about to be posted; throws when it cannot be written (nothing is posted then). */
    synchronized HandoverRecord reserve(long studentChatId, String question) {
        byte[] key = new byte[16];
        random.nextBytes(key);
        HandoverRecord record = new HandoverRecord(HexFormat.of().formatHex(key), studentChatId, question,
                clock.instant(), null);
        store.write(record);
        onDisk.put(record.key(), record);
        return record;
    }

    /** The question was posted as {@code messageId} in the staff chat: replies to that message go to the student. */
    synchronized void posted(HandoverRecord reserved, long messageId) {
        HandoverRecord complete = reserved.posted(messageId);
        onDisk.put(complete.key(), complete);
        try {
            store.write(complete);
        } catch (RuntimeException e) {
            // The link still works until a restart; the write-ahead record expires like any other.
            log.error("hand-over record {} could not be completed: {}", reserved.key(), e.getMessage());
        }
    }

    /** The question was not posted: nothing of the student's is kept. */
    synchronized void abandon(HandoverRecord reserved) {
        onDisk.remove(reserved.key());
        deleteFromDisk(reserved);
    }

    /** The link of the question posted as {@code messageId}, waiting on disk or relayed once already. */
    synchronized Optional<HandoverRecord> find(long messageId) {
        Optional<HandoverRecord> waiting = onDisk.values().stream()
                .filter(record -> record.messageId() != null && record.messageId() == messageId)
                .findFirst();
        return waiting.isPresent() ? waiting : Optional.ofNullable(relayed.getIfPresent(messageId));
    }

    /**
     * A reply is on its way to the student: from now on the link is kept in memory only, so that later replies
     * still reach them while the bot runs.
     */
    synchronized void relaying(HandoverRecord link) {
        link.postedMessage().ifPresent(id -> relayed.put(id, link));
    }

    /** A reply reached the student: the record leaves the disk. */
    synchronized void relayed(HandoverRecord link) {
        if (onDisk.remove(link.key()) != null) {
            deleteFromDisk(link);
        }
    }

    /** Deletes the records sent more than {@code keptFor} ago, answered or not. */
    synchronized void purge() {
        Instant cutoff = clock.instant().minus(keptFor);
        List<HandoverRecord> expired = onDisk.values().stream().filter(r -> r.postedAt().isBefore(cutoff)).toList();
        for (HandoverRecord record : expired) {
            onDisk.remove(record.key());
            deleteFromDisk(record);
        }
        relayed.cleanUp();
        if (!expired.isEmpty()) {
            log.info("{} questions to the staff unanswered after {} days: their links are deleted", expired.size(),
                    keptFor.toDays());
        }
    }

    /** The questions still waiting for the staff's first reply, oldest first. */
    synchronized List<StaffDesk.Waiting> waiting() {
        return onDisk.values().stream()
                .sorted(Comparator.comparing(HandoverRecord::postedAt).thenComparing(HandoverRecord::key))
                .map(record -> new StaffDesk.Waiting(record.question(), record.postedAt()))
                .toList();
    }

    private void deleteFromDisk(HandoverRecord record) {
        try {
            store.delete(record.key());
        } catch (RuntimeException e) {
            log.error("hand-over record {} could not be deleted: {}", record.key(), e.getMessage());
        }
    }
}
