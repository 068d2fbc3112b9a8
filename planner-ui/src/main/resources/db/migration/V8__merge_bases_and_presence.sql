-- The document each recent save made, by its revision: a merge through the API names its base by ETag and the
-- server merges against that document (docs/sharing-and-api.md#merging-edits). The newest saves per plan are kept.
create table plan_revision (
    plan_id  uuid   not null references plan (id) on delete cascade,
    revision uuid   not null,
    version  bigint not null,
    document text   not null,
    saved_at timestamp with time zone not null,
    primary key (plan_id, revision)
);
create index plan_revision_plan_version on plan_revision (plan_id, version);

-- Who has a plan open in the editor, by heartbeat, so that every instance on the database sees every editor
-- (docs/planner-ui.md#who-else-is-editing).
create table plan_presence (
    plan_id     uuid        not null references plan (id) on delete cascade,
    editor_key  varchar(64) not null,
    username    varchar(64) not null,
    seen_at     timestamp with time zone not null,
    primary key (plan_id, editor_key)
);
create index plan_presence_seen on plan_presence (seen_at);
