package kz.qoltanba.bridge.spi;

import java.util.concurrent.CompletionStage;

/**
 * A module of the NCALayer protocol, registered as an OSGi service with the service property
 * {@value #MODULE_NAME} set to its wire name (a String, or a String array when one service answers several
 * names). The host routes every request whose {@code module} field equals that name here, one request at a
 * time per socket, in order.
 */
public interface NcaModule {
    /** Service property carrying the module's wire name(s), e.g. {@code kz.gov.pki.knca.basics}. */
    String MODULE_NAME = "ncalayer.module";

    /**
     * Answers one request. The answer is the complete JSON text of the response frame in this module's own
     * envelope (the host only adds a {@code uuid}/{@code id} echo). A stage completed exceptionally is turned
     * into this module's error form by the host, with a message that does not reveal the exception.
     */
    CompletionStage<String> handle(ModuleRequest request);
}
