/** Attribute use cases: list, read, create, revise, delete, and the paged list of agents holding one. */
package org.ccadmin.skills.application;
