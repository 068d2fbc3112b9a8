-- A random value that every save of a plan replaces, carried in the API's ETag beside the version number. A version
-- number alone can come round again (a save lost in a crash, a database restored from a backup); a revision cannot,
-- so a client holding an ETag from before never matches a later save that happens to get the same number.
alter table plan add column revision uuid;
-- Plans saved before this migration get their own id: unique, and replaced by a random revision on their next save.
update plan set revision = id;
alter table plan alter column revision set not null;
