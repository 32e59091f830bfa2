-- Proposals: events the drafter proposes from all of a project's sources, and the editors' decisions.
-- Open proposals are recomputed in the background; accepted and dismissed ones are kept for good,
-- so a decision is remembered (their `key` is never proposed again).

create table proposal (
    id             bigint generated always as identity primary key,
    project_id     bigint      not null references project (id) on delete cascade,
    -- the drafter's fingerprint of the supporting passages (source hash + quote), stable across runs and restores
    key            text        not null check (length(key) between 1 and 200),
    status         text        not null default 'open' check (status in ('open', 'accepted', 'dismissed')),
    title          text        not null check (length(btrim(title)) between 1 and 300),
    date_earliest  date,
    date_latest    date,
    date_precision text        check (date_precision in ('day', 'month', 'year', 'range', 'approximate')),
    date_edtf      text,
    date_conflict  text        check (date_conflict is null or length(date_conflict) <= 2000),
    confidence     double precision not null check (confidence between 0 and 1),
    source_count   integer     not null check (source_count >= 0),
    explanation    text        not null default '' check (length(explanation) <= 2000),
    -- what the sources looked like when it was computed (ids, publication dates, republishing): a
    -- proposal whose basis no longer matches is stale and cannot be accepted
    basis          text        not null,
    event_id       bigint      references event (id) on delete set null,
    decided_by     bigint      references app_user (id) on delete set null,
    decided_at     timestamptz,
    dismiss_reason text        check (dismiss_reason is null or length(dismiss_reason) between 1 and 5000),
    computed_at    timestamptz not null default now(),
    version        integer     not null default 0,
    unique (project_id, key),
    check (date_earliest <= date_latest),
    check ((date_earliest is null) = (date_latest is null)),
    check ((date_earliest is null) = (date_precision is null)),
    check (status <> 'dismissed' or dismiss_reason is not null),
    check (status = 'open' or decided_at is not null)
);
create index proposal_project_status_idx on proposal (project_id, status, confidence desc, id);
create index proposal_event_idx on proposal (event_id);

create table proposal_passage (
    id             bigint generated always as identity primary key,
    proposal_id    bigint      not null references proposal (id) on delete cascade,
    ordinal        integer     not null check (ordinal >= 0),
    source_id      bigint      not null references source (id) on delete cascade,
    start_offset   integer     not null check (start_offset >= 0),
    end_offset     integer     not null,
    quote          text        not null check (length(quote) > 0),
    date_earliest  date,
    date_latest    date,
    date_precision text        check (date_precision in ('day', 'month', 'year', 'range', 'approximate')),
    date_edtf      text,
    explanation    text        not null default '',
    unique (proposal_id, ordinal),
    check (start_offset < end_offset),
    check (date_earliest <= date_latest),
    check ((date_earliest is null) = (date_latest is null)),
    check ((date_earliest is null) = (date_precision is null))
);
create index proposal_passage_source_idx on proposal_passage (source_id);
