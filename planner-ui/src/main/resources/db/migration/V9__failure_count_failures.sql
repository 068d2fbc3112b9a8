-- The guess and sign-in limits tell failures apart from attempts still being checked: "taken" stays the places
-- taken in the window (failures and attempts in flight, at most the limit), "failures" those of them that failed.
-- An address is blocked when its failures reach the limit; when places are held only by attempts in flight, a new
-- attempt waits briefly for one instead of being refused (docs/deployment.md, "Limits across instances").
-- A new column beside the old ones, so that instances not yet upgraded keep counting places as before.
alter table failure_count add column failures integer default 0 not null;
