-- Cycle counts: a task per bin, counted blind (the clerk never sees the book), each line's difference set against
-- the book when counted. Within tolerance it posts at once; beyond it waits for a second person's approval.
create sequence count_number_seq;

create table count_task (
    id          uuid primary key,
    number      text        not null unique,
    bin_code    text        not null,
    status      text        not null check (status in ('OPEN', 'AWAITING_APPROVAL', 'POSTED')),
    created_at  timestamptz not null,
    created_by  text        not null,
    counted_at  timestamptz,
    counted_by  text,
    approved_at timestamptz,
    approved_by text,
    lines       jsonb       not null,
    version     bigint      not null default 0
);
create index count_task_open on count_task (status) where status <> 'POSTED';
