-- Call Settings > Miscellaneous: one row, the console session inactivity timeout (15 to 1440 minutes).
create table miscellaneous_settings (
    id                          integer primary key,
    session_timeout_minutes     integer not null,
    change_stamp                bigint not null,
    constraint ck_miscellaneous_settings_single check (id = 1),
    constraint ck_miscellaneous_session_timeout check (session_timeout_minutes between 15 and 1440)
);

insert into miscellaneous_settings (id, session_timeout_minutes, change_stamp) values (1, 30, 0);
