-- Read copy of plan-service's unit tree, kept from thidua.unit.v1 events, used for scoping.
create table unit_copy (
    code        text primary key,
    name        text not null,
    level       text not null,
    parent_code text,
    valid_from  date,
    valid_to    date,
    updated_at  timestamptz not null default now()
);

create index unit_copy_parent on unit_copy (parent_code);
