-- A project whose discrepancy suggestions could not be computed (the detectors ran out of memory,
-- time or budget on some input): remembered with a fingerprint of that input, so the same input is
-- not retried at every change and every start; a changed input (a source or claim added, changed or
-- removed) is tried again. Derived data: recomputable, not in backups.
create table suggestion_failure (
    project_id        bigint      primary key references project (id) on delete cascade,
    input_fingerprint text        not null check (input_fingerprint ~ '^[0-9a-f]{32}$'),
    message           text        not null check (length(message) between 1 and 2000),
    failed_at         timestamptz not null default now()
);
