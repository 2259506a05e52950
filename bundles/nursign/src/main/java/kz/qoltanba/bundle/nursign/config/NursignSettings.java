package kz.qoltanba.bundle.nursign.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One consistent set of the module's settings, as read from {@code nursign.properties} (bridge-protocol §6).
 *
 * @param allowAddresses the entries of {@code allow_addresses}, in file order
 * @param maxFileSizeBytes {@code max_file_size} in bytes (MiB × 2^20); a file of exactly this size is allowed
 * @param checkExistsUrl {@code check_exists_url}, empty when no check is made (always upload)
 * @param tsaUrl the timestamp service ({@code tsa_url}, also {@code tsa_URL}, {@code rsa_url})
 * @param proxy the proxy, empty when {@code use_proxy=N}
 * @param useHttp {@code usehttp=Y}: plain {@code http} portal URLs are allowed too
 * @param lang language of the module's dialogs, {@code ru} or {@code kk}
 * @param certCount how many recently used keys are remembered and offered first
 */
public record NursignSettings(
        List<URI> allowAddresses,
        long maxFileSizeBytes,
        Optional<URI> checkExistsUrl,
        URI tsaUrl,
        Optional<ProxySettings> proxy,
        boolean useHttp,
        String lang,
        int certCount) {
    public NursignSettings {
        allowAddresses = List.copyOf(allowAddresses);
        Objects.requireNonNull(checkExistsUrl, "checkExistsUrl");
        Objects.requireNonNull(tsaUrl, "tsaUrl");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(lang, "lang");
    }

    /** The settings of a file that sets nothing: every key at its default (bridge-protocol §6). */
    public static NursignSettings defaults() {
        return SettingsReader.defaults();
    }

    /** Whether a file of this many bytes may be signed or uploaded; exactly {@code max_file_size} MiB is allowed. */
    public boolean allowsFileSize(long sizeBytes) {
        return sizeBytes >= 0 && sizeBytes <= maxFileSizeBytes;
    }

    /** {@code allow_addresses} as an {@link AllowList} for origin and URL checks. */
    public AllowList allowList() {
        return AllowList.of(allowAddresses);
    }
}
