-- Factline core schema. Later features add columns and tables, not rewrites.
-- Every editable row carries `version` for optimistic locking:
--   UPDATE ... WHERE id = ? AND version = ?  -- zero rows means a conflict.

create extension if not exists pg_trgm;

-- Users, roles, API tokens ---------------------------------------------------

create table app_user (
    id            bigint generated always as identity primary key,
    username      text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    display_name  text        not null check (length(display_name) between 1 and 100),
    password_hash text        not null,
    role          text        not null check (role in ('EDITOR', 'REVIEWER', 'ADMIN')),
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    version       integer     not null default 0
);

create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 100),
    token_hash   text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    token_prefix text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);

-- Projects and members ---------------------------------------------------------

create table project (
    id          bigint generated always as identity primary key,
    name        text        not null check (length(btrim(name)) between 1 and 200),
    description text        not null default '' check (length(description) <= 5000),
    created_by  bigint      references app_user (id) on delete set null,
    created_at  timestamptz not null default now(),
    version     integer     not null default 0
);
create unique index project_name_uq on project (lower(name));

create table project_member (
    project_id bigint      not null references project (id) on delete cascade,
    user_id    bigint      not null references app_user (id) on delete cascade,
    added_at   timestamptz not null default now(),
    primary key (project_id, user_id)
);
create index project_member_user_idx on project_member (user_id);

-- Sources: imported articles. The text is immutable: claims point into it by offset.

create table source (
    id             bigint generated always as identity primary key,
    project_id     bigint      not null references project (id) on delete cascade,
    title          text        not null check (length(btrim(title)) between 1 and 500),
    outlet         text        not null default '' check (length(outlet) <= 200),
    url            text        check (url is null or length(url) <= 2000),
    byline         text        check (byline is null or length(byline) <= 500),
    language       text        not null default 'en' check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    published_on   date,
    body           text        not null check (length(body) > 0),
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    char_count     integer     not null check (char_count > 0),
    republishes_id bigint      references source (id) on delete set null,
    imported_by    bigint      references app_user (id) on delete set null,
    imported_at    timestamptz not null default now(),
    version        integer     not null default 0,
    unique (project_id, sha256),
    check (republishes_id is null or republishes_id <> id)
);
create index source_project_idx on source (project_id, published_on);
create index source_title_trgm on source using gin (title gin_trgm_ops);

create function source_text_is_immutable() returns trigger language plpgsql as $$
begin
    if new.body is distinct from old.body or new.sha256 is distinct from old.sha256 then
        raise exception 'the text of source % is immutable', old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger source_text_immutable before update on source
    for each row execute function source_text_is_immutable();

-- Events: what happened, on the shared timeline --------------------------------

create table event (
    id              bigint generated always as identity primary key,
    project_id      bigint      not null references project (id) on delete cascade,
    title           text        not null check (length(btrim(title)) between 1 and 300),
    summary         text        not null default '' check (length(summary) <= 20000),
    location        text        not null default '' check (length(location) <= 300),
    date_earliest   date,
    date_latest     date,
    date_precision  text        check (date_precision in ('day', 'month', 'year', 'range', 'approximate')),
    date_edtf       text,
    date_mode       text        not null default 'derived' check (date_mode in ('derived', 'manual')),
    status          text        not null default 'draft'
                    check (status in ('draft', 'corroborated', 'disputed', 'verified', 'needs_reverification')),
    verified_by     bigint      references app_user (id) on delete set null,
    verified_at     timestamptz,
    reverify_reason text,
    last_edited_by  bigint      references app_user (id) on delete set null,
    last_edited_at  timestamptz not null default now(),
    created_by      bigint      references app_user (id) on delete set null,
    created_at      timestamptz not null default now(),
    version         integer     not null default 0,
    check (date_earliest <= date_latest),
    check ((date_earliest is null) = (date_latest is null)),
    check ((date_earliest is null) = (date_precision is null)),
    check (status <> 'verified' or (verified_by is not null and verified_at is not null))
);
create index event_project_date_idx on event (project_id, date_earliest, date_latest, id);
create index event_project_status_idx on event (project_id, status);
create index event_title_trgm on event using gin (title gin_trgm_ops);

-- Claims: a quoted span of a source, with a normalised date --------------------

create table claim (
    id                   bigint generated always as identity primary key,
    project_id           bigint      not null references project (id) on delete cascade,
    source_id            bigint      not null references source (id) on delete cascade,
    start_offset         integer     not null check (start_offset >= 0),
    end_offset           integer     not null,
    quote                text        not null check (length(quote) > 0),
    prefix               text        not null default '',
    suffix               text        not null default '',
    statement            text        not null default '' check (length(statement) <= 5000),
    date_earliest        date,
    date_latest          date,
    date_precision       text        check (date_precision in ('day', 'month', 'year', 'range', 'approximate')),
    date_edtf            text,
    date_expression      text,
    date_explanation     text,
    date_resolved_against date,
    date_check           jsonb,
    status               text        not null default 'draft' check (status in ('draft', 'checked', 'disputed')),
    event_id             bigint      references event (id) on delete set null,
    created_by           bigint      references app_user (id) on delete set null,
    created_at           timestamptz not null default now(),
    updated_by           bigint      references app_user (id) on delete set null,
    updated_at           timestamptz not null default now(),
    version              integer     not null default 0,
    check (start_offset < end_offset),
    check (date_earliest <= date_latest),
    check ((date_earliest is null) = (date_latest is null)),
    check ((date_earliest is null) = (date_precision is null))
);
create index claim_project_idx on claim (project_id, source_id, start_offset);
create index claim_event_idx on claim (event_id);
create index claim_source_idx on claim (source_id);
create index claim_quote_trgm on claim using gin (quote gin_trgm_ops);
create index claim_statement_trgm on claim using gin (statement gin_trgm_ops);

-- Discrepancies between sources -------------------------------------------------

create table discrepancy (
    id            bigint generated always as identity primary key,
    project_id    bigint      not null references project (id) on delete cascade,
    kind          text        not null check (kind in ('date', 'number', 'name', 'quote', 'attribution', 'description', 'other')),
    status        text        not null default 'open' check (status in ('suggested', 'open', 'resolved', 'dismissed')),
    origin        text        not null default 'manual' check (origin in ('manual', 'suggested')),
    reason        text        not null default '',
    note          text        not null default '' check (length(note) <= 20000),
    spans         jsonb       not null default '[]'::jsonb check (jsonb_typeof(spans) = 'array'),
    fingerprint   text,
    event_id      bigint      references event (id) on delete set null,
    verdict       text        check (verdict in ('a_right', 'b_right', 'both_wrong', 'unresolvable', 'not_real')),
    correct_value text,
    evidence      text,
    resolved_by   bigint      references app_user (id) on delete set null,
    resolved_at   timestamptz,
    dismissed_by  bigint      references app_user (id) on delete set null,
    dismissed_at  timestamptz,
    dismiss_reason text,
    created_by    bigint      references app_user (id) on delete set null,
    created_at    timestamptz not null default now(),
    version       integer     not null default 0,
    check (status <> 'resolved' or verdict is not null)
);
create index discrepancy_project_status_idx on discrepancy (project_id, status, kind);
create index discrepancy_event_idx on discrepancy (event_id);
create unique index discrepancy_fingerprint_uq on discrepancy (project_id, fingerprint) where fingerprint is not null;

create table discrepancy_claim (
    discrepancy_id bigint not null references discrepancy (id) on delete cascade,
    claim_id       bigint not null references claim (id) on delete cascade,
    primary key (discrepancy_id, claim_id)
);
create index discrepancy_claim_claim_idx on discrepancy_claim (claim_id);

-- Comments on events, claims and discrepancies ------------------------------------

create table comment (
    id          bigint generated always as identity primary key,
    project_id  bigint      not null references project (id) on delete cascade,
    target_type text        not null check (target_type in ('event', 'claim', 'discrepancy')),
    target_id   bigint      not null,
    body        text        not null check (length(btrim(body)) between 1 and 10000),
    author_id   bigint      references app_user (id) on delete set null,
    created_at  timestamptz not null default now(),
    edited_at   timestamptz,
    version     integer     not null default 0
);
create index comment_target_idx on comment (project_id, target_type, target_id, created_at);

-- Append-only audit log ------------------------------------------------------------
-- No foreign keys on purpose: history outlives what it describes.

create table audit_log (
    id          bigint generated always as identity primary key,
    project_id  bigint,
    actor_id    bigint,
    actor_name  text        not null,
    at          timestamptz not null default clock_timestamp(),
    entity_type text        not null,
    entity_id   bigint,
    action      text        not null,
    before      jsonb,
    after       jsonb
);
create index audit_log_project_idx on audit_log (project_id, at desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_id, at desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_no_update before update on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_delete before delete on audit_log
    for each row execute function audit_log_is_append_only();
