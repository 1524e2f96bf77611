/** Agent and agent team use cases, and the multi-agent attribute edit. */
package org.ccadmin.agents.application;
