package dev.vigil.probe.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jspecify.annotations.Nullable;

/** The certificate authorities chains are verified against: the JDK's, or one configured trust store instead. */
public final class TrustMaterial {

    private final X509ExtendedTrustManager trustManager;

    private TrustMaterial(X509ExtendedTrustManager trustManager) {
        this.trustManager = trustManager;
    }

    public static TrustMaterial jdkDefault() {
        return from(null);
    }

    public static TrustMaterial load(Path path, String password, String type) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password.toCharArray());
            return from(store);
        } catch (IOException | GeneralSecurityException unreadable) {
            throw new IllegalStateException("cannot read trust store " + path, unreadable);
        }
    }

    X509ExtendedTrustManager trustManager() {
        return trustManager;
    }

    private static TrustMaterial from(@Nullable KeyStore store) {
        try {
            var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            TrustManager[] managers = factory.getTrustManagers();
            return Arrays.stream(managers)
                    .filter(X509ExtendedTrustManager.class::isInstance)
                    .map(X509ExtendedTrustManager.class::cast)
                    .findFirst()
                    .map(TrustMaterial::new)
                    .orElseThrow(() -> new IllegalStateException("no X.509 trust manager available"));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("cannot initialise trust manager", unavailable);
        }
    }
}
