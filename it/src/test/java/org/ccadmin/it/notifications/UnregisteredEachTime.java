package org.ccadmin.it.notifications;

import org.ccadmin.it.Api;
import org.ccadmin.it.BesideTheAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the notification ITs: ccadmin beside the authority, signed in as the administrator, and the product
 * instance unregistered (Flex Production, Direct) before and after every test, whatever the test did.
 */
abstract class UnregisteredEachTime extends BesideTheAuthority {

    protected Api api;
    protected Notifications notifications;

    @BeforeEach
    void startUnregistered() {
        api = Api.asAdmin(base);
        notifications = new Notifications(api, authorityBase);
        notifications.licensing().reset();
    }

    @AfterEach
    void leaveUnregistered() {
        notifications.licensing().reset();
    }
}
