-- Tiêu chí chung (standard criteria) an education office sets for the schools below it, per school
-- year. A cycle opened from a school plan takes the set of the nearest office above the school for
-- that year, else the five groups of Nghị định 90/2020 (StandardCriteria.DEFAULT).
create table standard_criteria (
    unit_code   text        not null,
    school_year text        not null,
    -- [{"number":"TC1","text":"Chính trị tư tưởng"}, …] in order
    criteria    jsonb       not null,
    defined_by  text        not null,
    defined_at  timestamptz not null,
    revision    bigint      not null default 0,
    primary key (unit_code, school_year)
);
