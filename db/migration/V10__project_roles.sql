-- Project roles (issue #16): membership carries a role in that project. The global role keeps
-- only one meaning: ADMIN has instance-wide rights; EDITOR and REVIEWER are ordinary accounts whose
-- rights in a project come from project_member.role.
alter table project_member
    add column role text not null default 'editor' check (role in ('viewer', 'editor', 'reviewer', 'owner'));

-- Today's reviewers keep reviewing the projects they are in.
update project_member m set role = 'reviewer'
from app_user u where u.id = m.user_id and u.role = 'REVIEWER';

-- Whoever opened a project owns it (admins included, when they are members).
update project_member m set role = 'owner'
from project p where p.id = m.project_id and p.created_by = m.user_id;

-- A project without an owner (its creator gone or never a member) gets one: its first admin
-- member, else its first reviewer, else its first member.
update project_member m set role = 'owner'
from (select distinct on (m2.project_id) m2.project_id, m2.user_id
      from project_member m2 join app_user u on u.id = m2.user_id
      where not exists (select 1 from project_member o where o.project_id = m2.project_id and o.role = 'owner')
      order by m2.project_id, (u.role = 'ADMIN') desc, (m2.role = 'reviewer') desc, m2.added_at, m2.user_id) first
where m.project_id = first.project_id and m.user_id = first.user_id;

create index project_member_role_idx on project_member (project_id, role);

-- People: e-mail, last sign-in, and whether the user must choose a password at the next sign-in
-- (the first admin of an instance without FACTLINE_ADMIN_PASSWORD). One-time set-password links
-- are stored as hashes, like API tokens.
alter table app_user
    add column email           text check (email is null or (length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+$')),
    add column last_sign_in_at timestamptz,
    add column must_set_password boolean not null default false;

create table password_reset (
    token_hash  text        primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    user_id     bigint      not null references app_user (id) on delete cascade,
    created_by  bigint      references app_user (id) on delete set null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_user_idx on password_reset (user_id);
