-- Andons: an operator's one-touch call for material, quality, maintenance or help at a work center. The row is the
-- aggregate (state, escalation level reached, who took each step); andon_step keeps every step as the audit trail.
create table andon (
    id               uuid primary key,
    kind             text        not null,
    state            text        not null,
    work_center_code text        not null,
    machine_code     text,
    raised_at        timestamptz not null,
    raised_by        text        not null,
    raised_terminal  text,
    raise_note       text,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    acknowledge_note text,
    resolved_at      timestamptz,
    resolved_by      text,
    resolve_note     text,
    -- how many rungs of the escalation ladder the andon has passed while nobody acknowledged it
    level            integer     not null default 0,
    escalated_at     timestamptz,
    -- when the next rung of the ladder is due while the andon stays OPEN; null once acknowledged, resolved or past
    -- the last rung. The escalation check reads only the due ones.
    next_escalation_at timestamptz,
    -- how many steps andon_step holds for it: the next step's seq is one more
    steps            integer     not null,
    version          bigint      not null default 0
);
-- the terminal's and the board's list of open andons; the escalation check reads the OPEN ones oldest first
create index andon_open_by_work_center on andon (work_center_code, raised_at) where state <> 'RESOLVED';
create index andon_escalation_due on andon (next_escalation_at) where state = 'OPEN';

-- Who did what to an andon, and when: raised, acknowledged, escalated (by the clock), resolved. Append-only.
create table andon_step (
    andon_id uuid        not null references andon (id),
    seq      integer     not null,
    step     text        not null,
    at       timestamptz not null,
    by_whom  text        not null,
    terminal text,
    note     text,
    level    integer     not null,
    role     text,
    primary key (andon_id, seq)
);
