alter table sample_item add column note varchar(80);
insert into sample_item (id, name, note) values (2, 'two', 'added by V2');
