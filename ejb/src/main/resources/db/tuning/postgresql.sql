-- PostgreSQL-only access paths, run on every start after the migrations (see Migrations.tune).
-- Every statement must be idempotent. Schema changes never go here: they are migrations.

-- Free-text agent search is "contains" (LIKE '%text%' on the pre-lowered search_text), which no b-tree can
-- serve; a trigram GIN index turns a 72,000-row scan (~250 ms) into an index lookup (~1 ms).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index if not exists ix_agent_search_text_trgm on agent using gin (search_text gin_trgm_ops);
