package org.ccadmin.authority.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ccadmin.licensing.protocol.SigningKeys;

/**
 * The authority's Ed25519 key pair, made on the very first start and kept in its database, so a restart (or
 * another node of a cluster) signs with the same key and earlier tokens stay valid. Nodes starting at once
 * race on the row's primary key; the loser reads the winner's pair.
 */
@Singleton
@Startup
@DependsOn("AuthoritySchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class AuthorityKeys {

    private static final Logger LOG = Logger.getLogger(AuthorityKeys.class.getName());

    @Resource(lookup = AuthorityDatabase.DATASOURCE)
    private DataSource dataSource;

    private KeyPair keyPair;

    @PostConstruct
    void load() {
        try (Connection c = dataSource.getConnection()) {
            keyPair = read(c);
            if (keyPair == null) {
                KeyPair fresh = SigningKeys.generate();
                try (PreparedStatement p = c.prepareStatement("insert into authority_signing_key (id, public_key, private_key, created_at) "
                        + "values (1, ?, ?, ?) on conflict do nothing")) {
                    p.setString(1, SigningKeys.encodePublic(fresh.getPublic()));
                    p.setString(2, SigningKeys.encodePrivate(fresh.getPrivate()));
                    p.setTimestamp(3, Timestamp.from(Instant.now()));
                    p.executeUpdate();
                }
                keyPair = read(c);
                LOG.info(() -> "License authority: made its signing key " + SigningKeys.keyId(keyPair.getPublic()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the authority's signing key: " + e.getMessage(), e);
        }
    }

    private static KeyPair read(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select public_key, private_key from authority_signing_key where id = 1");
                ResultSet r = p.executeQuery()) {
            return r.next() ? SigningKeys.decodePair(r.getString(1), r.getString(2)) : null;
        }
    }

    public KeyPair keyPair() {
        return keyPair;
    }
}
