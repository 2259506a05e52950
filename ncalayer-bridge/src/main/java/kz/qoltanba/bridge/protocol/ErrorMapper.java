package kz.qoltanba.bridge.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.CompletionException;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.NoSuitableCertificateException;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.bridge.spi.WrongPasswordException;

/**
 * The one place where a failure becomes a protocol envelope: the module-neutral forms of the socket layer and
 * each module's own error and cancel form.
 */
public final class ErrorMapper {
    private static final Map<String, ErrorForm> FORMS = Map.of(
            ModuleNames.COMMON_UTILS, ErrorForm::commonUtils,
            ModuleNames.BASICS, ErrorForm::basics,
            ModuleNames.NURSIGN, ErrorForm::nurSign);

    /** {@code {"success":false,"errorCode":"BAD_REQUEST","message":M}}. */
    public ObjectNode badRequest(String message) {
        return ErrorForm.neutral(ErrorCode.BAD_REQUEST, message);
    }

    /** {@code {"success":false,"errorCode":"MODULE_NOT_FOUND"}}. */
    public ObjectNode moduleNotFound() {
        return ErrorForm.JSON
                .objectNode()
                .put("success", false)
                .put("errorCode", ErrorCode.MODULE_NOT_FOUND.wireText());
    }

    /** {@code {"result":null,"secondResult":null,"errorCode":"LEGACY_API_DISABLED"}}. */
    public ObjectNode legacyApiDisabled() {
        ObjectNode node = ErrorForm.JSON.objectNode();
        node.putNull("result");
        node.putNull("secondResult");
        return node.put("errorCode", ErrorCode.LEGACY_API_DISABLED.wireText());
    }

    /** The module's error form for a host condition; the message is the code's wire text. */
    public ObjectNode forModule(String module, ErrorCode code) {
        return FORMS.getOrDefault(module, ErrorForm::neutral).envelope(code, code.wireText());
    }

    /**
     * The module's argument error: commonUtils keeps the words {@code argument type mismatch} clients match
     * on; basics answers {@code INVOCATION_ERROR}.
     */
    public ObjectNode argumentMismatch(String module, String method) {
        if (ModuleNames.BASICS.equals(module)) {
            return ErrorForm.JSON
                    .objectNode()
                    .put("status", false)
                    .put("code", "INVOCATION_ERROR")
                    .put("message", "args must be an object")
                    .put("details", "The field 'args' of method '" + method + "' must be a JSON object.");
        }
        return FORMS.getOrDefault(module, ErrorForm::neutral)
                .envelope(ErrorCode.ARGUMENT_MISMATCH, "argument type mismatch. Method: " + method);
    }

    /** The module's error form for a failed module stage; the exception's detail never reaches the page. */
    public ObjectNode forFailure(String module, Throwable failure) {
        return forModule(module, codeOf(unwrap(failure)));
    }

    private static ErrorCode codeOf(Throwable failure) {
        if (failure instanceof UserCancelledException) {
            return ErrorCode.CANCELLED;
        }
        if (failure instanceof NoSuitableCertificateException) {
            return ErrorCode.NO_SUITABLE_CERTIFICATE;
        }
        if (failure instanceof WrongPasswordException) {
            return ErrorCode.WRONG_PASSWORD;
        }
        if (failure instanceof HostSigningException) {
            return ErrorCode.SIGNING_FAILED;
        }
        return ErrorCode.MODULE_FAILURE;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
