package kz.qoltanba.bridge.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qoltanba.bridge.spi.HostDialogs;
import kz.qoltanba.bridge.spi.HostProgress;
import kz.qoltanba.bridge.spi.ModuleRequest;
import org.junit.jupiter.api.Test;

class OpenProgressTest {
    private final OpenProgress open = new OpenProgress();

    /** A progress that counts its updates and closes. */
    private static final class Counting implements HostProgress {
        final AtomicInteger updates = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();

        @Override
        public void update(String step, long done, long total) {
            updates.incrementAndGet();
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    @Test
    void whenARequestEnds_thenOnlyThatBundlesProgressOnThatSocketCloses() {
        Counting mine = new Counting();
        Counting otherSocket = new Counting();
        Counting otherBundle = new Counting();
        open.own(7, "c1", mine);
        open.own(7, "c2", otherSocket);
        open.own(8, "c1", otherBundle);

        open.requestEnded(7, "c1");

        assertThat(mine.closes).hasValue(1);
        assertThat(otherSocket.closes).hasValue(0);
        assertThat(otherBundle.closes).hasValue(0);
        assertThat(open.count()).isEqualTo(2);
    }

    @Test
    void whenASocketCloses_thenEveryBundlesProgressOnItCloses() {
        Counting first = new Counting();
        Counting second = new Counting();
        Counting elsewhere = new Counting();
        open.own(7, "c1", first);
        open.own(8, "c1", second);
        open.own(7, "c2", elsewhere);

        open.connectionClosed("c1");

        assertThat(first.closes).hasValue(1);
        assertThat(second.closes).hasValue(1);
        assertThat(elsewhere.closes).hasValue(0);
    }

    @Test
    void whenABundleStops_thenItsProgressOnEverySocketCloses() {
        Counting first = new Counting();
        Counting second = new Counting();
        Counting otherBundle = new Counting();
        open.own(7, "c1", first);
        open.own(7, "c2", second);
        open.own(8, "c1", otherBundle);

        open.bundleStopped(7);

        assertThat(first.closes).hasValue(1);
        assertThat(second.closes).hasValue(1);
        assertThat(otherBundle.closes).hasValue(0);
    }

    @Test
    void whenTheModuleClosesItsOwn_thenTheHostDoesNotCloseItAgainAndLaterUpdatesAreDropped() {
        Counting progress = new Counting();
        HostProgress owned = open.own(7, "c1", progress);
        owned.update("step", 1, 2);

        owned.close();
        owned.close();
        open.requestEnded(7, "c1");
        open.connectionClosed("c1");
        owned.update("late", 2, 2);

        assertThat(progress.closes).hasValue(1);
        assertThat(progress.updates).hasValue(1);
        assertThat(open.count()).isZero();
    }

    @Test
    void whenAModuleAnswersOrFails_thenItsProgressOnThatSocketCloses() {
        Counting progress = new Counting();
        CompletableFuture<String> answer = new CompletableFuture<>();
        ModuleRequests module = new ModuleRequests(request -> answer, 7, open);
        open.own(7, "c1", progress);

        CompletionStage<String> handled = module.handle(new ModuleRequest("{}", "https://a.kz", "c1"));
        assertThat(progress.closes).as("still working").hasValue(0);
        answer.complete("{}");

        assertThat(handled.toCompletableFuture()).isCompletedWithValue("{}");
        assertThat(progress.closes).hasValue(1);

        Counting failing = new Counting();
        open.own(7, "c1", failing);
        ModuleRequests throwing = new ModuleRequests(
                request -> {
                    throw new IllegalStateException("broken module");
                },
                7,
                open);
        try {
            throwing.handle(new ModuleRequest("{}", "https://a.kz", "c1"));
        } catch (IllegalStateException expected) {
            // the dispatcher maps it
        }
        assertThat(failing.closes).hasValue(1);
    }

    @Test
    void whenBundleDialogsIsUsed_thenEveryHostDialogsMethodIsPassedOnNotLeftToItsDefault() {
        List<String> notOverridden = new ArrayList<>();
        for (Method method : HostDialogs.class.getMethods()) {
            try {
                BundleDialogs.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                notOverridden.add(method.getName());
            }
        }
        assertThat(notOverridden).isEmpty();
    }

    @Test
    void whenABundleOpensProgress_thenItIsOwnedUnderThatBundle() {
        Counting progress = new Counting();
        HostDialogs host = new HostDialogs() {
            @Override
            public CompletionStage<Path> chooseFile(String origin, String connectionId, String extension, Path start) {
                return CompletableFuture.completedFuture(Path.of("/tmp/x"));
            }

            @Override
            public HostProgress openProgress(String origin, String connectionId, String locale, String title) {
                return progress;
            }
        };

        new BundleDialogs(host, 9, open).openProgress("https://a.kz", "c3", "en", "Upload");
        open.bundleStopped(8);
        assertThat(progress.closes).hasValue(0);
        open.bundleStopped(9);

        assertThat(progress.closes).hasValue(1);
    }
}
