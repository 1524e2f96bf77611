-- The license authority's tables. Every name starts with authority_ so the authority can share a database
-- with ccadmin (the default on PostgreSQL) without a collision.
create sequence authority_id_seq start with 1 increment by 50;

-- The authority's own Ed25519 key pair: one row, made on the first start.
create table authority_signing_key (
  id integer primary key,
  public_key varchar(200) not null,
  private_key varchar(200) not null,
  created_at timestamp with time zone not null
);

create table authority_smart_account (
  id bigint primary key,
  name varchar(100) not null,
  name_key varchar(100) not null unique,
  created_at timestamp with time zone not null,
  version bigint not null
);

create table authority_virtual_account (
  id bigint primary key,
  smart_account_id bigint not null references authority_smart_account (id),
  name varchar(100) not null,
  name_key varchar(100) not null,
  created_at timestamp with time zone not null,
  version bigint not null,
  constraint authority_virtual_account_name unique (smart_account_id, name_key)
);

create table authority_purchase (
  id bigint primary key,
  virtual_account_id bigint not null references authority_virtual_account (id),
  entitlement varchar(30) not null,
  license_type varchar(20) not null,
  usage_mode varchar(20) not null,
  quantity integer not null check (quantity >= 1),
  term_start date,
  term_end date,
  purchased_at timestamp with time zone not null,
  version bigint not null
);
create index authority_purchase_account on authority_purchase (virtual_account_id);

-- Only a digest of each token id is kept (lookup_key): the database never holds a usable token.
create table authority_token (
  id bigint primary key,
  virtual_account_id bigint not null references authority_virtual_account (id),
  lookup_key varchar(64) not null unique,
  hint varchar(8) not null,
  description varchar(255) not null,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  max_uses integer not null check (max_uses >= 1),
  uses integer not null,
  export_controlled boolean not null,
  revoked_at timestamp with time zone,
  version bigint not null
);
create index authority_token_account on authority_token (virtual_account_id);

create table authority_product_instance (
  id bigint primary key,
  instance_id varchar(36) not null unique,
  serial_number varchar(40) not null unique,
  name varchar(255) not null,
  public_key varchar(200) not null,
  virtual_account_id bigint not null references authority_virtual_account (id),
  token_id bigint references authority_token (id),
  export_controlled boolean not null,
  license_type varchar(20) not null,
  usage_mode varchar(20) not null,
  deployment_type varchar(40) not null,
  entitlements varchar(400) not null,
  registered_at timestamp with time zone not null,
  renewed_at timestamp with time zone,
  last_authorized_at timestamp with time zone,
  certificate_expires_at timestamp with time zone not null,
  status varchar(20) not null,
  removed_at timestamp with time zone,
  version bigint not null
);
create index authority_product_instance_account on authority_product_instance (virtual_account_id);

-- Accepted request message ids (replay protection), kept for MessageAcceptance.REPLAY_RETENTION.
create table authority_seen_message (
  message_id varchar(36) primary key,
  seen_at timestamp with time zone not null
);
create index authority_seen_message_at on authority_seen_message (seen_at);

-- The simulated clock's offset from system time (used only when the server runs with ccadmin.simulated-clock=true).
create table authority_simulated_clock (
  id integer primary key,
  offset_seconds bigint not null
);

-- The generated administrator password (a PBKDF2 hash) when no credentials come from the environment.
create table authority_administrator (
  user_name varchar(100) primary key,
  password_hash varchar(200) not null,
  created_at timestamp with time zone not null
);
