package org.ccadmin.shared.infrastructure;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The clock for times that parties outside judge by their own clocks, such as the expiry of an identity
 * provider's tokens: always the real time, also when the server runs with the simulated clock (which moves
 * licensing time, not the identity provider's).
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface WallClock {
}
