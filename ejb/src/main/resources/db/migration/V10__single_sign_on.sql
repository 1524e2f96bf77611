-- Single sign-on: the global state, the OpenID Connect identity provider (client secret encrypted by the
-- application, never in clear) and the console sign-ins waiting for the identity provider's callback (any node
-- may receive it, so they live here, not in one node's memory).

create table sso_global_state (
    id              integer primary key,
    state           varchar(16) not null,
    change_stamp    bigint not null,
    constraint ck_sso_global_state_single check (id = 1),
    constraint ck_sso_global_state_state check (state in ('NON_SSO', 'HYBRID', 'SSO'))
);

insert into sso_global_state (id, state, change_stamp) values (1, 'NON_SSO', 0);

create table sso_identity_provider (
    id                      integer primary key,
    issuer                  varchar(500),
    client_id               varchar(255),
    client_secret           varchar(1000),
    scopes                  varchar(255) not null,
    user_name_claim         varchar(100) not null,
    group_claim             varchar(100),
    administrator_groups    varchar(1000),
    supervisor_groups       varchar(1000),
    change_stamp            bigint not null,
    constraint ck_sso_identity_provider_single check (id = 1)
);

insert into sso_identity_provider (id, scopes, user_name_claim, change_stamp)
    values (1, 'openid profile email', 'preferred_username', 0);

create table sso_pending_sign_in (
    state           varchar(64) primary key,
    nonce           varchar(64) not null,
    code_verifier   varchar(128) not null,
    target          varchar(2000),
    browser_binding varchar(64) not null,
    created_at      timestamp with time zone not null
);

create index ix_sso_pending_sign_in_created on sso_pending_sign_in (created_at);
