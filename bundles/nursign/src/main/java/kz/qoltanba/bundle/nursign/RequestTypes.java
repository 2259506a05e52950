package kz.qoltanba.bundle.nursign;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import kz.qoltanba.bridge.spi.HostDialogs;

/** The dispatch table: every {@code type} of the contract and its class. */
final class RequestTypes {
    private RequestTypes() {}

    static Map<String, RequestType> all(
            ModuleSigner signer, Supplier<HostDialogs> dialogs, Executor work, Path tempDir) {
        return Map.of(
                "version", new VersionType(),
                "xml", XmlTypes.single(signer),
                "multixml", XmlTypes.multiple(signer),
                "text", TextTypes.single(signer),
                "multitext", TextTypes.multiple(signer),
                "binary", new BinaryType(signer, dialogs, work, tempDir),
                "file", new FileType(signer, dialogs, work));
    }
}
