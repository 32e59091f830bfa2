-- Issue #12, one place per rule. Both views are owned by the discrepancy module.
--
-- event_discrepancy: "a discrepancy concerns this event", defined ONCE: it names the event
-- (discrepancy.event_id) or links one of the event's claims (discrepancy_claim -> claim.event_id),
-- within one project. The discrepancy list's event filter reads it.
--
-- event_open_discrepancy: the same, open ones only: "an open discrepancy concerns this event".
-- Timeline's read model (open_discrepancies, the "open discrepancies only" filter), review's
-- "may not verify while..." check and its re-verification on a newly opened discrepancy, and the
-- timeline flag all read this view; nothing else spells the rule out.
--
-- (No project_id column on purpose: the views are derived, and BackupCoverageTest counts every
-- relation with a project_id column as a table to back up.)
create view event_discrepancy as
select d.event_id, d.id as discrepancy_id, d.status
from discrepancy d
join event e on e.id = d.event_id and e.project_id = d.project_id
union
select c.event_id, d.id as discrepancy_id, d.status
from discrepancy d
join discrepancy_claim dc on dc.discrepancy_id = d.id
join claim c on c.id = dc.claim_id
join event e on e.id = c.event_id and e.project_id = d.project_id;

create view event_open_discrepancy as
select event_id, discrepancy_id
from event_discrepancy
where status = 'open';
