-- the first table
create table sample_item (id bigint primary key, name varchar(40) not null);
insert into sample_item (id, name)
  values (1, 'one');
