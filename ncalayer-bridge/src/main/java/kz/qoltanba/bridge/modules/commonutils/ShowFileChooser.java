package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.HostDialogs;

/**
 * {@code showFileChooser(fileExtension, currentDirectory)}: the absolute path the user chose, remembered for
 * this socket so that a later {@code *FromFile} call may read it; a cancel is the cancel form.
 */
final class ShowFileChooser implements CommonUtilsMethod {
    private final HostDialogs dialogs;
    private final SessionState state;

    ShowFileChooser(HostDialogs dialogs, SessionState state) {
        this.dialogs = dialogs;
        this.state = state;
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.STRING);
    }

    @Override
    public CompletionStage<JsonNode> invoke(Call call) {
        String extension = call.string(0).isBlank() ? "ALL" : call.string(0);
        return dialogs.chooseFile(call.origin(), call.connectionId(), extension, startDirectory(call.string(1)))
                .thenApply(chosen -> {
                    Path absolute = chosen.toAbsolutePath().normalize();
                    state.rememberChosen(call.connectionId(), absolute);
                    return JsonNodeFactory.instance.textNode(absolute.toString());
                });
    }

    private static Path startDirectory(String directory) {
        if (directory.isBlank()) {
            return null;
        }
        try {
            return Path.of(directory);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
