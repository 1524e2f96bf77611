/**
 * The compliance rule of usage reporting, shared by the license authority and ccadmin: the authority
 * <em>decides</em> each pool's state with {@link OverageRule}, ccadmin <em>predicts</em> it (what-if) with the
 * very same class, so the two can never disagree. Pure Java with no Jakarta dependency.
 *
 * <p>A pool is one virtual account's licenses of one entitlement; every instance of the virtual account sees
 * the same {@link PoolState}. Usage is counted per closed 15-minute window ({@link UsageWindows}): a window
 * over entitlement is an overage; {@link OverageRule#threshold() threshold} consecutive overages put the pool
 * out of compliance, which locks the reported usage at the highest usage seen until enough licenses are
 * purchased.
 */
package org.ccadmin.licensing.compliance;
