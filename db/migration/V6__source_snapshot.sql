-- The page or file an article was imported from, kept byte for byte as it was fetched: claims anchor
-- to the source text extracted from it, so a page that changes later does not move them.
create table source_snapshot (
    id           bigint generated always as identity primary key,
    source_id    bigint      not null unique references source (id) on delete cascade,
    url          text        check (url is null or length(url) <= 2000),
    final_url    text        check (final_url is null or length(final_url) <= 2000),
    content_type text        not null check (length(content_type) <= 200),
    fetched_at   timestamptz not null,
    body         bytea       not null,
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    -- where each metadata field came from ({"title": "json-ld", "publishedOn": "dateline", …})
    provenance   jsonb       not null default '{}'::jsonb,
    check (sha256 = encode(sha256(body), 'hex'))
);

create function source_snapshot_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'the snapshot of source % is immutable', old.source_id using errcode = 'check_violation';
end $$;

create trigger source_snapshot_immutable before update on source_snapshot
    for each row execute function source_snapshot_is_immutable();
