package it.polimi.auic.advisor.telegram.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The pacing decisions, on a clock the test moves. */
class SendScheduleTest {

    private static final long MS = 1_000_000L;
    private static final long SECOND = 1000 * MS;

    private final SendSchedule<String> schedule = new SendSchedule<>(PacingRules.TELEGRAM);

    @Nested
    class Overall {

        @Test
        void twentyNineGoWithinASecondThenTheThirtiethWaitsForASecondAfterAResponse() {
            for (long chat = 1; chat <= 40; chat++) {
                schedule.add(chat, "m" + chat);
            }
            long now = 0;
            for (int i = 0; i < 29; i++) {
                assertInstanceOf(SendSchedule.Send.class, schedule.next(now));
                now += 10 * MS;
            }
            assertEquals(Long.MAX_VALUE, waitUntil(schedule.next(now)), "29 on the way: wait for a response");
            schedule.answered(now);
            schedule.sent(1);
            assertEquals(now + SECOND, waitUntil(schedule.next(now)), "the answered one frees its place a second later");
            assertInstanceOf(SendSchedule.Send.class, schedule.next(now + SECOND));
        }

        @Test
        void messagesLeaveAtLeast10MillisecondsApart() {
            schedule.add(1, "a");
            schedule.add(2, "b");
            assertInstanceOf(SendSchedule.Send.class, schedule.next(0));
            assertEquals(10 * MS, waitUntil(schedule.next(4 * MS)));
        }

        @Test
        void retryAfterPausesEveryChat() {
            schedule.add(1, "a");
            schedule.add(2, "b");
            schedule.pauseAll(3 * SECOND);
            assertEquals(3 * SECOND, waitUntil(schedule.next(0)));
        }
    }

    @Nested
    class PerChat {

        @Test
        void aChatsMessagesGoOneAtATimeInOrderEvenAcrossRetries() {
            schedule.add(1, "first");
            schedule.add(1, "second");
            assertEquals("first", sent(schedule.next(0)));
            assertInstanceOf(SendSchedule.Idle.class, schedule.next(100 * MS), "the second waits for the first's outcome");
            schedule.answered(100 * MS);
            schedule.retryAt(1, 500 * MS);
            assertEquals(500 * MS, waitUntil(schedule.next(100 * MS)));
            assertEquals("first", sent(schedule.next(500 * MS)), "the failed one goes again before the second");
            schedule.answered(510 * MS);
            schedule.sent(1);
            assertEquals("second", sent(schedule.next(600 * MS)));
        }

        @Test
        void aChatWaitingForItsRetryDoesNotHoldUpOthers() {
            schedule.add(1, "one");
            schedule.add(2, "two");
            assertEquals("one", sent(schedule.next(0)));
            schedule.answered(10 * MS);
            schedule.retryAt(1, 5 * SECOND);
            assertEquals("two", sent(schedule.next(50 * MS)));
        }

        @Test
        void thePrivateChatBurstIsThreeThenAboutOneASecond() {
            for (int i = 0; i < 5; i++) {
                schedule.add(7, "m" + i);
            }
            long now = 0;
            for (int i = 0; i < 3; i++) {
                sendAndAnswer(7, now);
                now += 30 * MS;
            }
            assertEquals(3 * SECOND, waitUntil(schedule.next(now)), "the fourth waits until the first is 3 s old");
        }

        @Test
        void groupsGetTwentyAMinute() {
            long group = -100;
            for (int i = 0; i < 21; i++) {
                schedule.add(group, "m" + i);
            }
            long now = 0;
            for (int i = 0; i < 20; i++) {
                SendSchedule.Decision<String> decision = schedule.next(now);
                while (decision instanceof SendSchedule.Wait<String> wait) {
                    now = wait.untilNanos();
                    decision = schedule.next(now);
                }
                assertInstanceOf(SendSchedule.Send.class, decision);
                schedule.answered(now);
                schedule.sent(group);
            }
            assertEquals(60 * SECOND, waitUntil(schedule.next(now + SECOND)), "the 21st waits until the first is a minute old");
        }

        @Test
        void theChatWaitingLongestGoesFirst() {
            schedule.add(3, "c");
            schedule.add(1, "a");
            schedule.add(2, "b");
            List<String> order = new ArrayList<>();
            long now = 0;
            for (int i = 0; i < 3; i++) {
                SendSchedule.Send<String> send = send(schedule.next(now));
                order.add(send.item());
                now += 30 * MS;
            }
            assertEquals(List.of("c", "a", "b"), order);
        }
    }

    @Test
    void pendingCountsQueuedAndOnTheWay() {
        schedule.add(1, "a");
        schedule.add(1, "b");
        schedule.next(0);
        assertEquals(2, schedule.pending());
        schedule.answered(0);
        schedule.dropHead(1);
        assertEquals(1, schedule.pending());
        assertEquals(List.of("b"), schedule.clear());
        assertInstanceOf(SendSchedule.Idle.class, schedule.next(Duration.ofSeconds(1).toNanos()));
    }

    private void sendAndAnswer(long chat, long now) {
        assertInstanceOf(SendSchedule.Send.class, schedule.next(now), "may send at " + now / MS + " ms");
        schedule.answered(now);
        schedule.sent(chat);
    }

    private static long waitUntil(SendSchedule.Decision<String> decision) {
        if (decision instanceof SendSchedule.Wait<String> wait) {
            return wait.untilNanos();
        }
        return -1;
    }

    private static String sent(SendSchedule.Decision<String> decision) {
        return send(decision).item();
    }

    private static SendSchedule.Send<String> send(SendSchedule.Decision<String> decision) {
        return assertInstanceOf(SendSchedule.Send.class, decision);
    }
}
