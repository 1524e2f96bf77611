-- the first table, edited after release
create table sample_item (id bigint primary key, name varchar(80) not null);
insert into sample_item (id, name)
  values (1, 'one');
