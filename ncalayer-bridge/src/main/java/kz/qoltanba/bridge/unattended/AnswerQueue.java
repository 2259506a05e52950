package kz.qoltanba.bridge.unattended;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Answers queued through the control endpoint, consumed in order. A key choice takes the first queued
 * answer that fits it (a key, cancel, wrong password), a file choice the first that fits it (a file,
 * cancel); answers of the other kind stay queued in their order.
 */
final class AnswerQueue {
    static final int LIMIT = 1000;

    private final Deque<Answer> answers = new ArrayDeque<>();

    /** Queues an answer; returns how many are queued now, or -1 when the queue is full. */
    synchronized int add(Answer answer) {
        if (answers.size() >= LIMIT) {
            return -1;
        }
        answers.addLast(answer);
        return answers.size();
    }

    synchronized Optional<Answer> takeForKeyChoice() {
        return take(Answer::answersKeyChoice);
    }

    synchronized Optional<Answer> takeForFileChoice() {
        return take(Answer::answersFileChoice);
    }

    /** A queued cancel, for the questions that otherwise answer yes (installing a module). */
    synchronized Optional<Answer> takeCancel() {
        return take(answer -> answer instanceof Answer.Cancel);
    }

    synchronized int size() {
        return answers.size();
    }

    private Optional<Answer> take(Predicate<Answer> fits) {
        for (Answer answer : answers) {
            if (fits.test(answer)) {
                answers.remove(answer);
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
