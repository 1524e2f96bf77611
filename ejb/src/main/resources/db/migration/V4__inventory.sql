-- Inventory: every ccadmin server node that runs against this database registers itself and beats a heart,
-- so any node can list the machines of the deployment (Server License usage, system alerts per machine).

create table server_node (
    name            varchar(255) primary key,
    host            varchar(255) not null,
    started_at      timestamp with time zone not null,
    last_seen_at    timestamp with time zone not null
);
