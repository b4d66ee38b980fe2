-- Phiên họp Hội đồng Thi đua – Khen thưởng (council sessions): members and attendance, agenda of
-- nominees with their ballot method and threshold, ballots, results. DRAFT → VOTING → CLOSED; a closed
-- session is never changed (its minutes and its council-voted event stand).
create table council_session (
    id                  uuid primary key,
    unit_code           text        not null,
    school_year         text        not null,
    meeting_at          timestamptz not null,
    place               text        not null,
    -- [{"name":"Lê Văn Đính","position":"Chủ tịch","account":"le.van.dinh","present":true}], in the order given;
    -- present is null until attendance is recorded.
    members             jsonb       not null,
    chair_account       text        not null,
    secretary_account   text        not null,
    -- The rule set in force on the meeting date; its quorum and thresholds are copied so the record stands alone.
    rule_set_version    text        not null references rule_set (version),
    rule_set_note       text,
    quorum              text        not null,
    status              text        not null check (status in ('DRAFT', 'VOTING', 'CLOSED')),
    created_by          text        not null,
    created_at          timestamptz not null,
    opened_at           timestamptz,
    closed_at           timestamptz,
    members_total       integer,
    members_present     integer
);

create index council_session_unit on council_session (unit_code, school_year);

-- One nominee and award on the agenda; the result columns are filled when the session closes.
create table council_agenda_item (
    id                uuid primary key,
    session_id        uuid         not null references council_session (id),
    position          integer      not null,
    nominee_type      text         not null check (nominee_type in ('STAFF', 'COLLECTIVE')),
    nominee_id        text         not null,
    nominee_name      text,
    award_code        text         not null,
    method            text         not null check (method in ('OPEN', 'SECRET')),
    threshold_percent numeric(5,2) not null,
    -- Counts of an open show of hands entered by the chair instead of individual ballots.
    tally_entered     boolean      not null default false,
    agree             integer,
    disagree          integer,
    abstain           integer,
    percent_agree     numeric(5,2),
    passed            boolean,
    unique (session_id, nominee_type, nominee_id, award_code)
);

-- Who has voted on an item: one row per member and item (once per ballot), for both methods.
create table council_ballot_cast (
    item_id uuid not null references council_agenda_item (id),
    account text not null,
    primary key (item_id, account)
);

-- The votes. Secret ballots carry no voter and no time, and a random id, so nothing links a vote to the
-- cast row of its member; open votes name their voter.
create table council_vote (
    id      uuid primary key,
    item_id uuid not null references council_agenda_item (id),
    secret  boolean not null,
    account text,
    choice  text    not null check (choice in ('AGREE', 'DISAGREE', 'ABSTAIN')),
    constraint council_vote_secret check (secret = (account is null))
);

create index council_vote_item on council_vote (item_id);

-- Asked by nominations: did nominee X pass for award Y in a closed session of unit U and year Y.
create index council_agenda_item_nominee on council_agenda_item (nominee_id, award_code);
