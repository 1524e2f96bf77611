-- A system status reason must not contradict the status it is given for (SystemReasons.checkFits): 1 "Open as per
-- regular hours" and 3 "Open 24x7" mean open, 2 "Closed as per regular hours" means closed. Rows saved before the
-- rule get the system reason that says what they are, so that no stored business hour refuses its next save; the
-- business hour's change stamp moves, so a page showing the old reason is refused and re-reads.
update business_hour set change_stamp = change_stamp + 1
 where (status = 'FORCE_CLOSE' and status_reason_code in (1, 3))
    or (status = 'FORCE_OPEN' and status_reason_code = 2)
    or id in (select business_hour_id from business_hour_special_day
               where (open_day = false and reason_code in (1, 3)) or (open_day = true and reason_code = 2));

update business_hour set status_reason_code = 2 where status = 'FORCE_CLOSE' and status_reason_code in (1, 3);
update business_hour set status_reason_code = 1 where status = 'FORCE_OPEN' and status_reason_code = 2;
update business_hour_special_day set reason_code = 2 where open_day = false and reason_code in (1, 3);
update business_hour_special_day set reason_code = 1 where open_day = true and reason_code = 2;
