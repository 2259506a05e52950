package kz.qoltanba.bridge.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ConversationTest {
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final Conversation conversation = new Conversation(sent::add, Runnable::run, 2);

    @Test
    void whenImmediateAnswerFollowsWaitingCall_thenItWaitsItsTurn() {
        CompletableFuture<String> first = new CompletableFuture<>();

        conversation.submit(() -> first, "busy");
        conversation.answer("second");

        assertThat(sent).isEmpty();
        first.complete("first");
        assertThat(sent).containsExactly("first", "second");
    }

    @Test
    void whenCallsWait_thenTheyRunOneAtATimeInOrder() {
        CompletableFuture<String> first = new CompletableFuture<>();
        List<String> started = new CopyOnWriteArrayList<>();

        conversation.submit(
                () -> {
                    started.add("a");
                    return first;
                },
                "busy");
        conversation.submit(
                () -> {
                    started.add("b");
                    return CompletableFuture.completedFuture("B");
                },
                "busy");

        assertThat(started).containsExactly("a");
        first.complete("A");
        assertThat(started).containsExactly("a", "b");
        assertThat(sent).containsExactly("A", "B");
    }

    @Test
    void whenQueueIsFull_thenBusyIsAnsweredInItsTurn() {
        CompletableFuture<String> running = new CompletableFuture<>();
        conversation.submit(() -> running, "busy-0");
        conversation.submit(() -> CompletableFuture.completedFuture("q1"), "busy-1");
        conversation.submit(() -> CompletableFuture.completedFuture("q2"), "busy-2");

        boolean accepted = conversation.submit(() -> CompletableFuture.completedFuture("q3"), "busy-3");

        assertThat(accepted).isFalse();
        assertThat(sent).isEmpty();
        running.complete("r");
        assertThat(sent).containsExactly("r", "q1", "q2", "busy-3");
    }

    @Test
    void whenClosed_thenNothingMoreIsSent() {
        CompletableFuture<String> running = new CompletableFuture<>();
        conversation.submit(() -> running, "busy");

        conversation.close();
        running.complete("late");

        assertThat(sent).isEmpty();
    }
}
