/**
 * The authority's HTTP API under {@code /authority/api/v1}: the signed protocol endpoints
 * ({@code smart-licensing/*}, no HTTP credentials: signatures and tokens authenticate them) and the JSON
 * administration API (HTTP Basic, role {@code authority-admin}; errors as problem+json naming the fields).
 */
package org.ccadmin.authority.rest;
