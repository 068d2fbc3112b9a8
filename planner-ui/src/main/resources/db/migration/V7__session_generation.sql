-- Every password change starts a new generation of the account's signed-in sessions: a session signed in under an
-- earlier generation ends at its next request, on whichever instance of the planner it lives.
alter table account add column session_generation bigint default 0 not null;
