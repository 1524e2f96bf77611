/** REST of single sign-on: {@code /api/v1/sso/global-state} and {@code /api/v1/sso/identity-provider} (administrators). */
package org.ccadmin.sso.rest;
