/** License Management over REST ({@code /api/v1/licensing}) and the simulated clock ({@code /api/v1/simulated-clock}). */
package org.ccadmin.licensing.rest;
