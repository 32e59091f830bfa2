-- Personal API tokens may expire; an expired token authenticates nothing (401), like a revoked one.
alter table api_token add column expires_at timestamptz;
alter table api_token add constraint api_token_expires_after_creation check (expires_at is null or expires_at > created_at);
