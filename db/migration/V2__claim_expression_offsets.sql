-- Where in the source the temporal expression behind a claim's date stands, so that the date
-- can be resolved again when the source's publication date is corrected.
alter table claim add column date_expression_start integer check (date_expression_start >= 0);
alter table claim add column date_expression_end integer;
alter table claim add constraint claim_expression_span check (
    (date_expression_start is null) = (date_expression_end is null)
    and (date_expression_start is null or date_expression_start < date_expression_end));
