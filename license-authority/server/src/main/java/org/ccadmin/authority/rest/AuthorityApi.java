package org.ccadmin.authority.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API root; resources and mappers are found by scanning. */
@ApplicationPath("api/v1")
public class AuthorityApi extends Application {
}
