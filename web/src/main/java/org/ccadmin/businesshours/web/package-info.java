/** Console pages of business hours. */
package org.ccadmin.businesshours.web;
