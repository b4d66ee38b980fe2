-- Plans this service has learnt about from thidua.plan.v1; the start of the award read model.
create table plan_seen (
    plan_id      uuid        not null,
    version      integer     not null,
    unit_code    text        not null,
    school_year  text        not null,
    title        text        not null,
    published_at timestamptz,
    received_at  timestamptz not null default now(),
    primary key (plan_id, version)
);

create index plan_seen_unit on plan_seen (unit_code, school_year);
