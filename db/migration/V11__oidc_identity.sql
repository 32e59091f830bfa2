-- Sign-in with the newsroom's identity provider (issue #16): an account is bound to one identity
-- at one provider (its issuer and subject, which the provider never reuses). Set at the first
-- OpenID Connect sign-in; an account without it is linked by user name at that sign-in.
alter table app_user
    add column oidc_issuer  text check (oidc_issuer is null or length(oidc_issuer) <= 500),
    add column oidc_subject text check (oidc_subject is null or length(oidc_subject) <= 255),
    add constraint app_user_oidc_pair check ((oidc_issuer is null) = (oidc_subject is null));

create unique index app_user_oidc_identity_idx on app_user (oidc_issuer, oidc_subject) where oidc_subject is not null;
