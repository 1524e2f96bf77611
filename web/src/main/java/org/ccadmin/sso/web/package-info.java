/** The Features › Single Sign-On page. */
package org.ccadmin.sso.web;
