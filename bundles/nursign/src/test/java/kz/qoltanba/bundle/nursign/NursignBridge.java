package kz.qoltanba.bundle.nursign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.qoltanba.bundle.nursign.testserver.ContractPortal;
import kz.qoltanba.signing.algorithm.KeyAlgorithm;

/**
 * What the module's wire tests share: a {@link NursignWorld} of one key algorithm, the contract's check/upload
 * portal, NURSign installed from the signed catalog, and a bridge process in unattended mode started with the
 * base configuration; plus the requests they send and the answers they read.
 */
final class NursignBridge implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final NursignWorld world;
    final ContractPortal portal;
    final BridgeProcess bridge;

    private NursignBridge(NursignWorld world, ContractPortal portal, BridgeProcess bridge) {
        this.world = world;
        this.portal = portal;
        this.bridge = bridge;
    }

    /** Builds the world in {@code work}, starts the portal, installs the module and starts the bridge. */
    static NursignBridge start(Path work, KeyAlgorithm algorithm) throws Exception {
        BridgeProcess.bridgeJar();
        NursignWorld world = new NursignWorld(work, algorithm);
        ContractPortal portal = null;
        try {
            portal = ContractPortal.start();
            world.writeConfig(baseConfig(world, portal));
            world.installModule();
            return new NursignBridge(world, portal, world.startBridge(List.of()));
        } catch (Exception | AssertionError e) {
            if (portal != null) {
                portal.close();
            }
            world.close();
            throw e;
        }
    }

    /** The settings every test starts from (and goes back to after changing them). */
    Map<String, String> baseConfig() {
        return baseConfig(world, portal);
    }

    private static Map<String, String> baseConfig(NursignWorld world, ContractPortal portal) {
        String base = portal.baseUrl().toString();
        return world.baseConfig(
                base.substring(0, base.length() - 1), portal.checkUrl().toString());
    }

    /** A socket from the allowed test origin. */
    BridgeSocket connect() throws Exception {
        return BridgeSocket.connect(bridge.port(), NursignWorld.ORIGIN);
    }

    /** The next file choice answers {@code file}. */
    void chooseNext(Path file) throws Exception {
        assertThat(bridge.queue("{\"file\":" + JSON.writeValueAsString(file.toString()) + "}"))
                .isEqualTo(200);
    }

    /** A {@code file} request to the portal's upload URL. */
    JsonNode fileRequest(BridgeSocket socket, String token) throws Exception {
        return call(
                socket,
                "file",
                field("token", token) + field("url_upload", portal.uploadUrl().toString()));
    }

    ContractPortal.Upload lastUpload() {
        List<ContractPortal.Upload> uploads = portal.uploads();
        assertThat(uploads).isNotEmpty();
        return uploads.get(uploads.size() - 1);
    }

    /** A NURSign request of {@code type} with {@code fields} (each starting with a comma, see {@link #field}). */
    static JsonNode call(BridgeSocket socket, String type, String fields) throws Exception {
        return socket.call("{\"module\":\"NURSign\",\"type\":\"" + type + "\"" + fields + "}");
    }

    /** {@code ,"name":"value"} with the value as a JSON string. */
    static String field(String name, String value) throws Exception {
        return ",\"" + name + "\":" + JSON.writeValueAsString(value);
    }

    /** The result of a successful answer; fails showing the answer otherwise. */
    static JsonNode result(JsonNode answer) {
        assertThat(answer.path("errorCode").asText()).as(answer.toString()).isEqualTo("NONE");
        return answer.path("result");
    }

    @Override
    public void close() throws Exception {
        try {
            bridge.close();
        } finally {
            portal.close();
            world.close();
        }
    }
}
