package kz.qoltanba.bridge.unattended;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What unattended mode answered and what modules showed, newest last, bounded to the last {@value #LIMIT}. */
final class AnswerLog {
    static final int LIMIT = 10_000;

    /** Entry type of an answer to a question. */
    static final String ANSWER = "answer";
    /** Entry type of a module's message. */
    static final String MESSAGE = "message";
    /** Entry type of a module's progress (start, each quarter, end). */
    static final String PROGRESS = "progress";

    /**
     * One entry.
     *
     * @param type {@value #ANSWER}, {@value #MESSAGE} or {@value #PROGRESS}
     * @param question for answers: {@code key}, {@code file} or {@code install}
     * @param answer for answers: {@code default}, {@code key}, {@code cancel}, {@code wrong-password}, {@code file}
     * @param key the key file name used, or null
     * @param serial the chosen certificate's serial number (lower-case hex), or null
     * @param file the chosen file, or null
     * @param offered for key answers: the key files a person would have been offered, in order; else null
     * @param details for messages and progress: what was shown (title, message, step, counts)
     */
    record Entry(
            Instant time,
            String origin,
            String type,
            String question,
            String answer,
            String key,
            String serial,
            String file,
            List<String> offered,
            Map<String, Object> details) {
        Entry {
            offered = offered == null ? null : List.copyOf(offered);
            details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Clock clock;

    AnswerLog(Clock clock) {
        this.clock = clock;
    }

    void add(String origin, String question, String answer, String key, String serial, String file) {
        add(origin, question, answer, key, serial, file, null);
    }

    void add(
            String origin,
            String question,
            String answer,
            String key,
            String serial,
            String file,
            List<String> offered) {
        append(new Entry(clock.instant(), origin, ANSWER, question, answer, key, serial, file, offered, null));
    }

    /** A message or progress entry; {@code details} keep their order. */
    void addShown(String origin, String type, Map<String, Object> details) {
        append(new Entry(clock.instant(), origin, type, null, null, null, null, null, null, details));
    }

    private synchronized void append(Entry entry) {
        if (entries.size() >= LIMIT) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
