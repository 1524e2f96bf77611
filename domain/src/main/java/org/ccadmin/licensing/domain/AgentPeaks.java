package org.ccadmin.licensing.domain;

/**
 * The highest number of agents signed in at the same instant during a usage window: all of them, those of the
 * enhanced tier (a supervisor, or signed in on a non-voice domain) and those of the basic tier (the others).
 * Each is the peak on its own, so {@code all} may be less than {@code enhanced + basic}.
 */
public record AgentPeaks(int all, int enhanced, int basic) {

    public static final AgentPeaks NONE = new AgentPeaks(0, 0, 0);

    public AgentPeaks {
        if (all < 0 || enhanced < 0 || basic < 0) {
            throw new IllegalArgumentException("peaks are never negative");
        }
    }

    public AgentPeaks max(AgentPeaks other) {
        return new AgentPeaks(Math.max(all, other.all), Math.max(enhanced, other.enhanced), Math.max(basic, other.basic));
    }
}
