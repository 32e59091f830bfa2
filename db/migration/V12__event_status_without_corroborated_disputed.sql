-- Issue #12, dead statuses. An event's status is review's: draft, verified or
-- needs_reverification. 'corroborated' and 'disputed' (V1) were set only by the demo generator;
-- nothing in the application sets, reads or acts on them. What they stood for is shown elsewhere
-- today: how many independent sources support an event (its source count) and whether an open
-- discrepancy concerns it (the event_open_discrepancy view, V9). Neither event was ever signed off,
-- so both mean what 'draft' means: not verified. Such rows become drafts (their version moves, as
-- for every change of what an event shows), and the constraint admits only the three statuses.
update event set status = 'draft', version = version + 1 where status in ('corroborated', 'disputed');

alter table event drop constraint event_status_check;
alter table event add constraint event_status_check check (status in ('draft', 'verified', 'needs_reverification'));
