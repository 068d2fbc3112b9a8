-- The sign-in and share-link guess limits, counted in the database so that every instance of the planner on one
-- database shares them. One row per limit and client address: the fixed window it counts (the number of windows
-- since the epoch) and the places taken in it. A new window overwrites the row; rows of past windows are deleted
-- as new windows begin.
create table failure_count (
    limiter       varchar(16)  not null,
    client        varchar(100) not null,
    window_number bigint       not null,
    taken         integer      not null,
    constraint failure_count_key primary key (limiter, client)
);
