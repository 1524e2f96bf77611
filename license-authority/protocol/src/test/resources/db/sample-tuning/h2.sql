-- one statement the embedded database refuses, one it runs
create extension if not exists pg_trgm;
create index if not exists ix_sample_item_name on sample_item (name);
