package kz.qoltanba.bridge.unattended;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** What unattended mode answered, newest last, bounded to the last {@value #LIMIT} entries. */
final class AnswerLog {
    static final int LIMIT = 10_000;

    /**
     * One answer.
     *
     * @param question {@code key}, {@code file} or {@code install}
     * @param answer {@code default}, {@code key}, {@code cancel}, {@code wrong-password}, {@code file}
     * @param key the key file name used, or null
     * @param serial the chosen certificate's serial number (lower-case hex), or null
     * @param file the chosen file, or null
     */
    record Entry(Instant time, String origin, String question, String answer, String key, String serial, String file) {}

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Clock clock;

    AnswerLog(Clock clock) {
        this.clock = clock;
    }

    synchronized void add(String origin, String question, String answer, String key, String serial, String file) {
        if (entries.size() >= LIMIT) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(clock.instant(), origin, question, answer, key, serial, file));
    }

    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
