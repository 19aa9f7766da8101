-- testapp: what the test consumer applies, and what a business rule waits for before it accepts a fact
create table fact (
    code    text primary key,
    applied integer not null
);
create table permit (
    code text primary key
);
