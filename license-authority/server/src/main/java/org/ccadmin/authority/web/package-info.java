/**
 * The authority's small admin console (JSF + PrimeFaces): smart accounts, virtual accounts, tokens,
 * purchases and product instances. Beans call the same services as the REST API and show each refused
 * field's message beside the field.
 */
package org.ccadmin.authority.web;
