/**
 * Console pages of Call Settings: the media routing domain and bucket interval lists with their edit
 * dialogs. The beans translate between form fields and service calls; every rule is checked by the
 * domain, and its errors are shown beside the fields they name.
 */
package org.ccadmin.callsettings.web;
