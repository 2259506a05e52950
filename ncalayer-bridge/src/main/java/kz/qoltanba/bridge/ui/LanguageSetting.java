package kz.qoltanba.bridge.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The current language of the bridge's windows: the tray, the settings window and the module manager, and the
 * dialogs of a request that names no language (a page's {@code changeLocale} or {@code locale} decides the
 * language of its own dialogs). Listeners are told of every change (on the caller's thread).
 */
public final class LanguageSetting {
    private final AtomicReference<Language> current;
    private final List<Consumer<Language>> listeners = new CopyOnWriteArrayList<>();

    public LanguageSetting(Language initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public Language current() {
        return current.get();
    }

    public void change(Language language) {
        Objects.requireNonNull(language, "language");
        Language previous = current.getAndSet(language);
        if (previous != language) {
            listeners.forEach(listener -> listener.accept(language));
        }
    }

    public void onChange(Consumer<Language> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Language> listener) {
        listeners.remove(listener);
    }
}
