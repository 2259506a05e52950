package kz.qoltanba.signing.token;

import java.security.AuthProvider;
import java.security.Provider;
import java.util.List;
import javax.security.auth.login.LoginException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The keys of a logged-in token; closing logs out, after which the key handles no longer sign. */
final class TokenKeys implements KeyStoreSource {
    private static final Logger LOG = LoggerFactory.getLogger(TokenKeys.class);

    private final String name;
    private final List<KeyEntry> keys;
    private final Provider provider;

    TokenKeys(String name, List<KeyEntry> keys, Provider provider) {
        this.name = name;
        this.keys = List.copyOf(keys);
        this.provider = provider;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<KeyEntry> keys() {
        return keys;
    }

    @Override
    public void close() {
        if (provider instanceof AuthProvider auth) {
            try {
                auth.logout();
            } catch (LoginException e) {
                LOG.debug("logout from token {} failed: {}", name, e.getMessage());
            }
        }
    }
}
