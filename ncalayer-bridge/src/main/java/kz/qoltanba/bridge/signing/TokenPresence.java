package kz.qoltanba.bridge.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import kz.qoltanba.signing.token.Pkcs11Libraries;
import kz.qoltanba.signing.token.StorageType;

/**
 * Which hardware storages have a token present: the storage's PKCS#11 library is installed and one of its slots
 * holds an initialised token. Probing loads the library, so each library's answer, whether it is installed
 * included, is kept for {@link #FRESH_FOR} (a page asking {@code getActiveTokens} in a loop, or every signing
 * request listing the storages, neither probes nor looks at the file system each time; a token plugged in or a
 * library installed is seen soon).
 */
final class TokenPresence {
    static final Duration FRESH_FOR = Duration.ofSeconds(3);

    /** Finds the first slot of a PKCS#11 library that holds an initialised token. */
    interface SlotProbe {
        OptionalInt firstTokenSlot(Path library);
    }

    private record Answer(OptionalInt slot, Instant at) {}

    private final Pkcs11Libraries libraries;
    private final SlotProbe probe;
    private final Clock clock;
    private final Map<Path, Answer> answers = new HashMap<>();

    TokenPresence(Pkcs11Libraries libraries, SlotProbe probe, Clock clock) {
        this.libraries = libraries;
        this.probe = probe;
        this.clock = clock;
    }

    static TokenPresence overSunPkcs11(Pkcs11Libraries libraries, Clock clock) {
        return new TokenPresence(libraries, new SunPkcs11SlotProbe(), clock);
    }

    boolean present(StorageType storage) {
        return slot(storage).isPresent();
    }

    /** The slot list index of the storage's token, if one is present. */
    synchronized OptionalInt slot(StorageType storage) {
        Path library;
        try {
            library = libraries.libraryFor(storage);
        } catch (IllegalArgumentException e) {
            return OptionalInt.empty();
        }
        Instant now = clock.instant();
        Answer answer = answers.get(library);
        if (answer == null || !now.isBefore(answer.at().plus(FRESH_FOR))) {
            OptionalInt slot = Files.isRegularFile(library) ? probe.firstTokenSlot(library) : OptionalInt.empty();
            answer = new Answer(slot, now);
            answers.put(library, answer);
        }
        return answer.slot();
    }
}
