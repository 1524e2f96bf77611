-- Usage reports (report-usage): every report an instance sent, one row per window and entitlement, so a
-- resent report is recognised (same instance and window) and counted once.
create table authority_usage_report (
  id bigint primary key,
  product_instance_id bigint not null references authority_product_instance (id),
  virtual_account_id bigint not null references authority_virtual_account (id),
  window_start timestamp with time zone not null,
  window_end timestamp with time zone not null,
  entitlement varchar(30) not null,
  license_type varchar(20) not null,
  usage_mode varchar(20) not null,
  peak integer not null check (peak >= 0),
  received_at timestamp with time zone not null,
  constraint authority_usage_report_once unique (product_instance_id, window_start, entitlement)
);
create index authority_usage_report_pool on authority_usage_report (virtual_account_id, window_start);

-- The pool's verdict per window: one row per virtual account, license line (entitlement, license type, usage
-- mode) and window; the state columns are the OverageRule fold in window order.
create table authority_pool_window (
  id bigint primary key,
  virtual_account_id bigint not null references authority_virtual_account (id),
  entitlement varchar(30) not null,
  license_type varchar(20) not null,
  usage_mode varchar(20) not null,
  window_start timestamp with time zone not null,
  window_end timestamp with time zone not null,
  pool_usage integer not null,
  entitled integer not null,
  overages integer not null,
  out_of_compliance_since timestamp with time zone,
  locked_usage integer not null,
  reported_usage integer not null,
  decided_at timestamp with time zone not null,
  version bigint not null,
  constraint authority_pool_window_once unique (virtual_account_id, entitlement, license_type, usage_mode, window_start)
);
