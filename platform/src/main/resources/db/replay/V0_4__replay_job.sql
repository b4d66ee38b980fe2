-- Topic replays (platform, opt-in: a service that replays adds db/replay to quarkus.flyway.locations).
-- One row per request with its state and progress, so every replica sees the replay that runs; the
-- replica running it holds a session advisory lock on the replay's name, released if it dies.
create table replay_job (
    id             bigserial primary key,
    name           text        not null,
    topics         text[]      not null,
    state          text        not null check (state in ('REQUESTED', 'RUNNING', 'DONE', 'FAILED')),
    requested_by   text        not null,
    requested_at   timestamptz not null default now(),
    holder         text,                 -- the replica running it, or that ran it last
    starts         integer     not null default 0, -- more than one: taken over after its holder died
    started_at     timestamptz,
    progress_at    timestamptz,
    finished_at    timestamptz,
    total          bigint      not null default 0, -- records below the end offsets taken at the start
    read_count     bigint      not null default 0,
    applied        bigint      not null default 0,
    skipped        bigint      not null default 0,
    invalid        bigint      not null default 0,
    read_per_topic bigint[]    not null default '{}', -- in the order of topics
    failure        text
);

-- At most one request waiting or running per replay: a second one is refused.
create unique index replay_job_active on replay_job (name) where state in ('REQUESTED', 'RUNNING');
create index replay_job_by_name on replay_job (name, id);
