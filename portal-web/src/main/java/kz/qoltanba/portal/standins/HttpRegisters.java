package kz.qoltanba.portal.standins;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The HTTP client of the three registers (ГБД ЮЛ, real-estate register, entitlements) at one base URL. */
final class HttpRegisters implements OrganisationRegistry, RealEstateRegister, EntitlementRegister {
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI baseUrl;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    HttpRegisters(URI baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public Optional<RegisteredOrganisation> find(String bin) {
        String body = get("ГБД ЮЛ", "gbdul/organizations/" + twelveDigits("BIN", bin), true);
        return body == null ? Optional.empty() : Optional.of(read("ГБД ЮЛ", body, new TypeReference<>() {}));
    }

    @Override
    public List<RealEstateObject> objectsOf(String bin) {
        String body = get("Регистр недвижимости", "realty/owners/" + twelveDigits("BIN", bin) + "/objects", false);
        return read("Регистр недвижимости", body, new TypeReference<>() {});
    }

    @Override
    public List<Entitlement> of(String iin) {
        String body = get("entitlements", "entitlements/" + twelveDigits("IIN", iin), false);
        return read("entitlements", body, new TypeReference<>() {});
    }

    private static String twelveDigits(String what, String value) {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a " + what + " has 12 digits, got '" + value + "'");
        }
        return value;
    }

    private String get(String system, String path, boolean notFoundIsEmpty) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(TIMEOUT)
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404 && notFoundIsEmpty) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new StandInUnavailableException(system, "HTTP " + response.statusCode() + " for " + path, null);
            }
            return response.body();
        } catch (IOException e) {
            throw new StandInUnavailableException(system, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StandInUnavailableException(system, "interrupted", e);
        }
    }

    private <T> T read(String system, String body, TypeReference<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new StandInUnavailableException(system, "unreadable answer: " + e.getMessage(), e);
        }
    }
}
