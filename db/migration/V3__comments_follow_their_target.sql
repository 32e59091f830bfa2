-- A comment points at an event, claim or discrepancy by (target_type, target_id), without a
-- foreign key (one column cannot reference three tables). These triggers do what
-- "on delete cascade" would: when the target row goes, in whatever way (a delete, a merge of
-- events, a source deleted with its claims, a project deleted), its comments go in the same
-- transaction. Their history stays in the audit log.

create function comment_delete_with_target() returns trigger language plpgsql as $$
begin
    delete from comment where project_id = old.project_id and target_type = tg_argv[0] and target_id = old.id;
    return old;
end $$;

create trigger event_comments_follow after delete on event
    for each row execute function comment_delete_with_target('event');
create trigger claim_comments_follow after delete on claim
    for each row execute function comment_delete_with_target('claim');
create trigger discrepancy_comments_follow after delete on discrepancy
    for each row execute function comment_delete_with_target('discrepancy');
