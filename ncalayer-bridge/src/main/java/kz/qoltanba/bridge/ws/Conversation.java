package kz.qoltanba.bridge.ws;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One socket's answers, strictly in the order the frames came. Module calls run one at a time; at most
 * {@code queueLimit} wait behind the running one, and a call beyond that gets its busy answer, which is
 * still sent in its turn. Immediate answers (malformed frames, unknown modules) also wait their turn.
 */
final class Conversation {
    private static final class Slot {
        private final Supplier<CompletionStage<String>> work;
        private String answer;

        Slot(Supplier<CompletionStage<String>> work, String answer) {
            this.work = work;
            this.answer = answer;
        }
    }

    private final Consumer<String> sender;
    private final Executor executor;
    private final int queueLimit;
    private final Deque<Slot> inArrivalOrder = new ArrayDeque<>();
    private final Deque<Slot> waiting = new ArrayDeque<>();
    private boolean running;
    private boolean closed;

    Conversation(Consumer<String> sender, Executor executor, int queueLimit) {
        this.sender = sender;
        this.executor = executor;
        this.queueLimit = queueLimit;
    }

    /** Answers in turn with text that is already known. */
    synchronized void answer(String text) {
        inArrivalOrder.add(new Slot(null, text));
        flush();
    }

    /**
     * Queues a module call; returns false (and answers {@code busyAnswer} in turn) when the queue is full.
     * The work must never complete exceptionally: it maps its own failures.
     */
    synchronized boolean submit(Supplier<CompletionStage<String>> work, String busyAnswer) {
        if (waiting.size() >= queueLimit) {
            answer(busyAnswer);
            return false;
        }
        Slot slot = new Slot(work, null);
        inArrivalOrder.add(slot);
        waiting.add(slot);
        if (!running) {
            startNext();
        }
        return true;
    }

    synchronized void close() {
        closed = true;
        waiting.clear();
        inArrivalOrder.clear();
    }

    private void startNext() {
        Slot next = waiting.poll();
        running = next != null;
        if (next == null) {
            return;
        }
        executor.execute(() -> next.work.get().whenComplete((text, failure) -> completed(next, text)));
    }

    private synchronized void completed(Slot slot, String text) {
        slot.answer = text;
        flush();
        startNext();
    }

    private void flush() {
        while (!closed && !inArrivalOrder.isEmpty() && inArrivalOrder.peek().answer != null) {
            sender.accept(inArrivalOrder.poll().answer);
        }
    }
}
