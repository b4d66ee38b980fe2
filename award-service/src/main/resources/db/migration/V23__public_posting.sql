-- Công khai (issue 12 item 5): the list of nominees a school posts for comment before its council meets, the
-- period it stays posted, and the comments received during it. The nominees are the session's agenda as it stood
-- when the posting was opened (what was posted is a fact; the agenda may change afterwards).
create table public_posting (
    id                 uuid primary key,
    council_session_id uuid        not null unique references council_session (id),
    unit_code          text        not null,
    school_year        text        not null,
    posted_from        date        not null,
    posted_to          date        not null,
    place              text        not null,
    -- [{"itemId","nomineeType","nomineeId","name","awardCode"}], in agenda order.
    nominees           jsonb       not null,
    opened_by          text        not null,
    opened_at          timestamptz not null,
    closed_by          text,
    closed_at          timestamptz,
    closing_note       text,
    check (posted_from <= posted_to)
);
create index public_posting_unit on public_posting (unit_code, school_year);

-- One comment received while the list was posted: about one nominee (an agenda item) or the list as a whole,
-- from a staff member online or recorded by the principal from paper (author_name as written, received_on).
create table posting_comment (
    id             uuid primary key,
    posting_id     uuid        not null references public_posting (id),
    agenda_item_id uuid,
    about_name     text,
    author         text        not null,
    author_name    text        not null,
    received_on    date        not null,
    recorded_by    text        not null,
    recorded_at    timestamptz not null,
    body           text        not null
);
create index posting_comment_posting on posting_comment (posting_id, recorded_at);
