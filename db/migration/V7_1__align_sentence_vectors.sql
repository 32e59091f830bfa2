-- Sentence vectors of each source, computed once after import (align module). Derived data: recomputed from the
-- source text whenever missing or stale, so backups leave it out.
create table align_sentence_vector (
    source_id      bigint  primary key references source (id) on delete cascade,
    project_id     bigint  not null references project (id) on delete cascade,
    sha256         text    not null,
    model          text    not null,
    sentence_count integer not null check (sentence_count >= 0),
    dimensions     integer not null check (dimensions > 0),
    vectors        bytea   not null
);
create index align_sentence_vector_project_idx on align_sentence_vector (project_id);
