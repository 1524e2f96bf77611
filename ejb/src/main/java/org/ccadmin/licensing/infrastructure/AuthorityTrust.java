package org.ccadmin.licensing.infrastructure;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import org.ccadmin.licensing.domain.CaCertificate;

/**
 * The TLS trust for HTTPS to the authority: the JDK's CAs plus the uploaded CA certificate, read again for every
 * exchange so an upload takes effect without a restart. Host name verification stays on (the HTTP client's
 * default), so the authority's certificate must name the host of the URL.
 */
final class AuthorityTrust {

    private AuthorityTrust() {
    }

    static SSLContext context(CaCertificate uploaded) throws GeneralSecurityException {
        List<X509ExtendedTrustManager> managers = new ArrayList<>();
        managers.add(managers(null));
        if (uploaded != null) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            try {
                store.load(null, null);
            } catch (java.io.IOException e) {
                throw new GeneralSecurityException(e);
            }
            int i = 0;
            for (X509Certificate c : uploaded.certificates()) {
                store.setCertificateEntry("uploaded-" + i++, c);
            }
            managers.add(managers(store));
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new Either(managers)}, null);
        return context;
    }

    private static X509ExtendedTrustManager managers(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(store);
        return Arrays.stream(f.getTrustManagers()).filter(X509ExtendedTrustManager.class::isInstance)
                .map(X509ExtendedTrustManager.class::cast).findFirst()
                .orElseThrow(() -> new GeneralSecurityException("No X.509 trust manager"));
    }

    @FunctionalInterface
    private interface Check {
        void run(X509ExtendedTrustManager m) throws CertificateException;
    }

    /**
     * Trusts a server that any of the managers trusts. Extended, so the JDK managers check the host name against
     * the certificate on the engine's HTTPS endpoint identification.
     */
    private static final class Either extends X509ExtendedTrustManager {

        private final List<X509ExtendedTrustManager> managers;

        Either(List<X509ExtendedTrustManager> managers) {
            this.managers = List.copyOf(managers);
        }

        private void any(Check check) throws CertificateException {
            CertificateException last = null;
            for (X509ExtendedTrustManager m : managers) {
                try {
                    check.run(m);
                    return;
                } catch (CertificateException e) {
                    last = e;
                }
            }
            throw last != null ? last : new CertificateException("No trust manager");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            any(m -> m.checkServerTrusted(chain, authType));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("Client certificates are not used");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            throw new CertificateException("Client certificates are not used");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("Client certificates are not used");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(m -> Arrays.stream(m.getAcceptedIssuers())).toArray(X509Certificate[]::new);
        }
    }
}
