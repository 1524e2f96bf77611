/** REST resources of Skills: {@code /api/v1/attributes} and their members. */
package org.ccadmin.skills.rest;
