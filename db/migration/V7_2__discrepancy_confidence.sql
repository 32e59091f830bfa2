-- How strong a suggested discrepancy is (0-1); the queue lists the strongest first. Manual ones count as certain.
alter table discrepancy add column confidence real not null default 1 check (confidence >= 0 and confidence <= 1);
