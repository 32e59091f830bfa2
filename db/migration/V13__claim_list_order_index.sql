-- Issue #18, the claim list under load. The list's order is (date, the source's publication date,
-- source, position, id), nulls last. The publication date lived on the source only, so no index
-- could serve the order and every page sorted all of the project's claims. The claim row now keeps
-- its source's publication date (source_published_on): the claim module writes it on insert and
-- rewrites it, inside the same transaction, when an editor corrects the source's date
-- (SourcePublicationDateChanged). It is derived data: a restore recomputes it from the sources.
alter table claim add column source_published_on date;

update claim c set source_published_on = s.published_on
from source s
where s.id = c.source_id and s.published_on is not null;

-- The list's order key (ClaimStore.ORDER_KEY) behind the project: a page is the next rows of this index.
create index claim_list_order_idx on claim (project_id, coalesce(date_earliest, 'infinity'::date),
    coalesce(source_published_on, 'infinity'::date), source_id, start_offset, id);
