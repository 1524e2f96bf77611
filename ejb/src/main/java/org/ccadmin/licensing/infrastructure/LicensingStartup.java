package org.ccadmin.licensing.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.logging.Logger;
import org.ccadmin.licensing.domain.DeploymentType;
import org.ccadmin.licensing.domain.LicensingPeriods;
import org.ccadmin.licensing.domain.ProductInstance;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records the installation's first start once, so the 90-day evaluation counts from the installation and
 * survives restarts and redeploys. Cluster-safe: insert-if-absent on a fixed key.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LicensingStartup {

    private static final Logger LOG = Logger.getLogger(LicensingStartup.class.getName());

    @Inject
    private ProductInstallation installation;

    /** The Product Instance Name the authority shows; the host name unless configured. */
    @Inject
    @ConfigProperty(name = "ccadmin.licensing.product-instance-name")
    private Optional<String> configuredName;

    @PostConstruct
    void installIfAbsent() {
        if (installation.installed()) {
            return;
        }
        String name = name();
        try {
            installation.install(name, DeploymentType.UNIFIED_CCE_2000_AGENTS, LicensingPeriods.defaults());
            LOG.info(() -> "Licensing: product instance " + name + " installed; the evaluation period starts now");
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            if (!installation.installed()) {
                throw e;
            }
            // Another node installed it at the same moment: its row is the one.
        }
    }

    private String name() {
        if (configuredName.filter(n -> !n.isBlank()).isPresent()) {
            return configuredName.get().strip();
        }
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > ProductInstance.NAME_MAX ? host.substring(0, ProductInstance.NAME_MAX) : host;
        } catch (UnknownHostException e) {
            return "ccadmin";
        }
    }
}
