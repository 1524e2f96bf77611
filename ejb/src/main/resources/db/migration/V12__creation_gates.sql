-- One row per resource whose number in the system is limited (agents, attributes, precision queues, business
-- hours, media routing domains, bucket intervals). A creation locks its resource's row before it counts, so that
-- creations on every node of a cluster take turns and never pass the limit together: a count alone, then an
-- insert, lets two transactions both see room for one more.
create table creation_gate (
    resource    varchar(64) primary key
);

insert into creation_gate (resource) values ('agent');
insert into creation_gate (resource) values ('attribute');
insert into creation_gate (resource) values ('precision queue');
insert into creation_gate (resource) values ('business hour');
insert into creation_gate (resource) values ('media routing domain');
insert into creation_gate (resource) values ('bucket interval');
