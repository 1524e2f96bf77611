/**
 * Console pages of Organizational Setup › Skills: the attribute list (filtered by type) and the attribute
 * page with its General tab and the paged list of the agents holding it. Every rule is the domain's; the
 * beans place its errors beside the inputs they name.
 */
package org.ccadmin.skills.web;
