package kz.qoltanba.bridge.modules.basics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.modules.Certificates;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.bridge.spi.ModuleRequest;
import kz.qoltanba.bridge.spi.SignRequest;
import kz.qoltanba.bridge.spi.SignResult;
import kz.qoltanba.signing.cms.CmsEncoding;

/**
 * {@code sign}: one key choice for every document; {@code body.result} is always an array, one element per
 * document: CMS as PEM, XML as the signed text, {@code raw} as {@code {"signatures":[base64]}} (with
 * {@code "certificate"} when {@code outputCert}).
 */
final class Sign implements BasicsMethod {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final HostSigning signing;
    private final SignArgumentsParser parser = new SignArgumentsParser();

    Sign(HostSigning signing) {
        this.signing = signing;
    }

    @Override
    public CompletionStage<ObjectNode> invoke(ModuleRequest request, JsonNode args) throws BasicsException {
        SignArguments arguments = parser.parse(args);
        SignRequest signRequest = new SignRequest(
                request.origin(),
                request.connectionId(),
                arguments.format(),
                arguments.documents(),
                arguments.filter(),
                arguments.encapsulate(),
                arguments.timestamp(),
                arguments.locale());
        if (arguments.logo() != null) {
            signRequest = signRequest.withLogo(arguments.logo());
        }
        return signing.sign(signRequest).thenApply(result -> body(arguments, result));
    }

    private static ObjectNode body(SignArguments arguments, SignResult result) {
        ArrayNode array = JSON.arrayNode();
        for (byte[] signature : result.signatures()) {
            switch (arguments.format()) {
                case CMS, CMS_OVER_DIGEST -> array.add(CmsEncoding.toPem(signature));
                case XML -> array.add(new String(signature, StandardCharsets.UTF_8));
                case RAW -> array.add(raw(signature, arguments.outputCert() ? result : null));
            }
        }
        ObjectNode body = JSON.objectNode();
        body.set("result", array);
        return body;
    }

    private static ObjectNode raw(byte[] signature, SignResult withCertificate) {
        ObjectNode node = JSON.objectNode();
        node.putArray("signatures").add(Base64.getEncoder().encodeToString(signature));
        if (withCertificate != null) {
            node.put("certificate", Certificates.toPem(withCertificate.certificate()));
        }
        return node;
    }
}
