package org.ccadmin.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Base of the test classes that need ccadmin and the license authority deployed together, as the embedded
 * default runs them: ccadmin at {@link #base}, the authority at {@link #authorityBase}.
 */
public abstract class BesideTheAuthority {

    @ArquillianResource
    @OperateOnDeployment("ccadmin")
    protected URL base;

    @ArquillianResource
    @OperateOnDeployment("authority")
    protected URL authorityBase;

    @Deployment(name = "ccadmin", testable = false, order = 1)
    protected static EnterpriseArchive ccadmin() {
        return Deployments.application();
    }

    @Deployment(name = "authority", testable = false, order = 2)
    protected static WebArchive licenseAuthority() {
        return Deployments.authority();
    }
}
