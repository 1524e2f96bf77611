/**
 * Console infrastructure shared by every page: sign-in and sign-out, the current user, resource-bundle
 * messages, translation of domain exceptions into messages beside the fields, and live change push.
 */
package org.ccadmin.shared.web;
