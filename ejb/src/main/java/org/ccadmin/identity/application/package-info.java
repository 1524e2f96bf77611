/** Sign-in checks and the bootstrap administrator created on the first start. */
package org.ccadmin.identity.application;
