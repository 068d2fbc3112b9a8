-- Accounts that sign in with an OpenID Connect provider: keyed by the provider's issuer and the subject it gives the
-- person (never by a name the person can choose), and without a password.
alter table account alter column password_hash drop not null;
alter table account add column provider_issuer varchar(512);
alter table account add column provider_subject varchar(255);
alter table account add constraint account_provider_identity_unique unique (provider_issuer, provider_subject);
alter table account add constraint account_signs_in_somehow check (
    (password_hash is not null and provider_issuer is null and provider_subject is null)
    or (password_hash is null and provider_issuer is not null and provider_subject is not null));
