-- A worker may be linked to the user account they sign in with on the phone (docs/shopfloor.md, "Phone screens"):
-- their reports then count as the worker's, and "my tasks" lists the operations of the worker's skills. The account
-- belongs to the identity module: the name is kept as text, matched without regard to case, as sign-in does.
alter table worker add column username varchar(60);
create unique index worker_username_uk on worker (lower(username)) where username is not null;
