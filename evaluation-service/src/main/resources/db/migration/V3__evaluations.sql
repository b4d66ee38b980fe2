-- Đánh giá, xếp loại (evaluation and rating): one per staff member and cycle.
create table evaluation (
    id              uuid primary key,
    cycle_id        uuid        not null references cycle (id),
    staff_id        uuid        not null references staff (id),
    unit_code       text        not null,
    state           text        not null check (state in ('DRAFT', 'SELF_ASSESSED', 'GROUP_REVIEWED', 'FINALIZED',
                                                          'REOPENED')),
    -- Tự đánh giá: the person's own overall rating and, per criterion number, rating, comment, evidence links.
    self_rating     text check (self_rating in ('HTXS', 'HTT', 'HT', 'KHT')),
    self_assessment jsonb       not null default '[]',
    submitted_at    timestamptz,
    -- Tổ trưởng nhận xét, đề xuất xếp loại (the group leader's review).
    review_comment  text,
    proposed_rating text check (proposed_rating in ('HTXS', 'HTT', 'HT', 'KHT', 'NOT_RATED')),
    reviewed_by     text,
    reviewed_at     timestamptz,
    -- Hiệu trưởng quyết định xếp loại (the principal's rating).
    final_rating    text check (final_rating in ('HTXS', 'HTT', 'HT', 'KHT', 'NOT_RATED')),
    finalized_by    text,
    finalized_at    timestamptz,
    reopen_reason   text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    revision        bigint      not null default 0,
    constraint evaluation_cycle_staff unique (cycle_id, staff_id),
    constraint evaluation_finalized_rated check (state <> 'FINALIZED' or final_rating is not null)
);

-- The HTXS share counts the finalized ratings of a cycle.
create index evaluation_cycle_state on evaluation (cycle_id, state, final_rating);

-- Facts of one staff member in one cycle: kỷ luật, nghỉ, sáng kiến, số tháng làm việc.
create table evaluation_facts (
    evaluation_id uuid primary key references evaluation (id) on delete cascade,
    -- Given by the school; null: derived from hire/active dates and leave (maternity leave counts as work).
    months_worked numeric(4, 1) check (months_worked between 0 and 12),
    -- [{"form":"WARNING","date":"2023-03-01"}]: REPRIMAND, WARNING, SALARY_DOWNGRADE, DEMOTION, REMOVAL_FROM_OFFICE, DISMISSAL
    discipline    jsonb       not null default '[]',
    -- [{"kind":"MATERNITY","from":"2022-09-05","to":"2023-01-04"}]: MATERNITY, SICK, STUDY, UNPAID, OTHER
    leave         jsonb       not null default '[]',
    -- [{"title":"…","level":"SCHOOL","recognisedOn":"2023-05-12"}]: SCHOOL, OFFICE, PROVINCE, NATIONAL
    initiatives   jsonb       not null default '[]',
    updated_by    text        not null,
    updated_at    timestamptz not null default now(),
    revision      bigint      not null default 0
);

-- Every change of an evaluation or its facts: who, when, what, and the changed part before and after.
create table evaluation_audit (
    id            bigint generated always as identity primary key,
    evaluation_id uuid        not null references evaluation (id) on delete cascade,
    actor         text        not null,
    at            timestamptz not null default now(),
    action        text        not null,
    before        jsonb,
    after         jsonb
);

create index evaluation_audit_evaluation on evaluation_audit (evaluation_id, id);
