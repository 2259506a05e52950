package kz.qoltanba.bundle.nursign;

import java.net.URI;
import kz.qoltanba.bundle.nursign.config.AllowList;

/** {@code allow_addresses} and {@code usehttp} applied to the page's origin and to every portal URL (code 14). */
final class AddressPolicy {
    private AddressPolicy() {}

    static void checkOrigin(Call call) throws NursignException {
        AllowList.Decision decision = allowList(call).allowsOrigin(call.origin());
        if (!decision.allowed()) {
            throw new NursignException(
                    ErrorCode.NOT_ALLOWED,
                    "The page " + call.origin() + " may not use this module: " + decision.reason());
        }
    }

    static URI checkUrl(Call call, URI url, String field) throws NursignException {
        AllowList.Decision decision =
                allowList(call).allowsUrl(url, call.settings().useHttp());
        if (!decision.allowed()) {
            throw new NursignException(
                    ErrorCode.NOT_ALLOWED, "The URL in '" + field + "' is not allowed: " + decision.reason());
        }
        return url;
    }

    private static AllowList allowList(Call call) {
        return AllowList.of(call.settings().allowAddresses());
    }
}
