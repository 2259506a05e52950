package kz.qoltanba.bridge.modules.commonutils;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletionStage;
import kz.qoltanba.bridge.spi.HostSigning;
import kz.qoltanba.signing.MalformedInputException;
import kz.qoltanba.signing.cms.CmsEncoding;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * {@code applyCAdEST(storageName, keyType, base64Cms)}: the CMS with an RFC 3161 signature timestamp added
 * to each signer that has none, from the host's time-stamp service. No key is used, so no key is chosen;
 * the storage name must still be a known one.
 */
final class ApplyCadesT implements CommonUtilsMethod {
    private final HostSigning signing;

    ApplyCadesT(HostSigning signing) {
        this.signing = signing;
    }

    @Override
    public List<ArgType> parameters() {
        return List.of(ArgType.STRING, ArgType.STRING, ArgType.STRING);
    }

    @Override
    public CompletionStage<JsonNode> invoke(Call call) throws CommonUtilsException {
        KeyChoice.checkKnown(call.string(0));
        byte[] cms = signedData(call.string(2));
        return signing.addTimestamp(call.origin(), call.connectionId(), cms).thenApply(CmsSigning::base64Node);
    }

    private static byte[] signedData(String text) throws CommonUtilsException {
        try {
            byte[] der = CmsEncoding.decode(text);
            new CMSSignedData(der);
            return der;
        } catch (MalformedInputException | CMSException | RuntimeException e) {
            throw new CommonUtilsException("The argument base64Cms is not a base64 CMS SignedData.");
        }
    }
}
