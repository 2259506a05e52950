package kz.qoltanba.portal.standins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * The external registers the social area asks: ГБД ЮЛ, the real-estate register and the recipients'
 * entitlements. In dev mode {@link #startDev(DemoRegisters)} starts them as a local HTTP service with demo
 * data; otherwise {@link #connect(URI)} talks to a service with the same contract.
 */
public final class StandIns implements AutoCloseable {
    private final StandInServer server;
    private final HttpRegisters registers;
    private final URI baseUrl;

    private StandIns(StandInServer server, URI baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
        this.registers = new HttpRegisters(baseUrl);
    }

    /** Starts the stand-in service on a free loopback port, answering from {@code data}. */
    public static StandIns startDev(DemoRegisters data) {
        try {
            StandInServer server = StandInServer.start(data, 0);
            return new StandIns(server, server.baseUrl());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the register stand-ins", e);
        }
    }

    /** Starts the stand-ins with the demo data matching the development PKI's personas. */
    public static StandIns startDev() {
        return startDev(DevRegisters.data());
    }

    /** Uses registers already running at {@code baseUrl}. */
    public static StandIns connect(URI baseUrl) {
        return new StandIns(null, baseUrl);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public OrganisationRegistry organisations() {
        return registers;
    }

    public RealEstateRegister realEstate() {
        return registers;
    }

    public EntitlementRegister entitlements() {
        return registers;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
