-- Council per title (issue 11): what each item's agreement is a share of (members present, present plus written
-- opinions of absent members, all members), from the rule set's council.agreeBase / council.titleRules, and the
-- written opinions (ý kiến bằng văn bản) of absent members, recorded in the session and in the minutes.
alter table council_agenda_item add column agree_base text not null default 'PRESENT'
    check (agree_base in ('PRESENT', 'PRESENT_AND_WRITTEN', 'ALL_MEMBERS'));
-- The share the result was computed on, as counted at closing (agreeing votes counted, and of how many).
alter table council_agenda_item add column counted_agree integer;
alter table council_agenda_item add column counted_of integer;

create table council_written_opinion (
    item_id     uuid        not null references council_agenda_item (id),
    account     text        not null,
    choice      text        not null check (choice in ('AGREE', 'DISAGREE', 'ABSTAIN')),
    note        text,
    recorded_by text        not null,
    recorded_at timestamptz not null,
    primary key (item_id, account)
);
