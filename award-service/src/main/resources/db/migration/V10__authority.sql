-- Thẩm quyền quyết định khen thưởng as its own dated table (issue 11, the 2025 reorganisation): who decides
-- which title or form for which recipient, from when to when, with its source and whether the source was read
-- in the legal text ([text]) or is to verify. decided_at: SCHOOL (the school's head), SUPERIOR (the school's
-- direct superior in the unit tree, whatever its level: the district, the commune from 01/07/2025, or the Sở
-- GD&ĐT for upper-secondary schools), PROVINCE, NATIONAL. The holder of the office follows from the level of
-- the deciding unit (AuthorityRules.holder). The rule sets' own authority lists are no longer read.
create table authority_rule (
    title       text    not null,
    recipient   text    not null check (recipient in ('INDIVIDUAL', 'GROUP', 'SCHOOL')),
    valid_from  date    not null,
    valid_to    date,
    decided_at  text    not null check (decided_at in ('SCHOOL', 'SUPERIOR', 'PROVINCE', 'NATIONAL')),
    decider     text    not null,
    source      text    not null,
    verified    boolean not null,
    primary key (title, recipient, valid_from),
    constraint authority_rule_range check (valid_to is null or valid_to >= valid_from)
);

-- Periods: before Luật Thi đua, khen thưởng 2022 took effect; Luật 2022 with NĐ 98/2023 until 30/06/2025;
-- NĐ 152/2025 and the two-tier local government from 01/07/2025.
with period (valid_from, valid_to, law) as (values
        (date '2000-01-01', date '2023-12-31', 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP [verify]'),
        (date '2024-01-01', date '2025-06-30', 'Luật Thi đua, khen thưởng 2022, Điều 80 [text]; Nghị định 98/2023/NĐ-CP [verify]'),
        (date '2025-07-01', null, 'Luật Thi đua, khen thưởng 2022, Điều 80; Nghị định 152/2025/NĐ-CP, Điều 6 khoản 2 điểm b [text]; trường tiểu học, THCS thuộc UBND cấp xã từ 01/07/2025: NĐ 142/2025/NĐ-CP, TT 10/2025 [secondary]')),
    rule (title, recipient, old_level, level, note) as (values
        ('LDTT', 'INDIVIDUAL', 'SCHOOL', 'SUPERIOR', ''),
        ('TTLDTT', 'GROUP', 'SCHOOL', 'SUPERIOR', '; cấp xã: văn bản chuyển thẩm quyền của cấp huyện [verify]'),
        ('TTLDTT', 'SCHOOL', 'SUPERIOR', 'SUPERIOR', '; cấp xã: văn bản chuyển thẩm quyền của cấp huyện [verify]'),
        ('CSTDCS', 'INDIVIDUAL', 'SUPERIOR', 'SUPERIOR', '; cấp xã: văn bản chuyển thẩm quyền của cấp huyện [verify]'),
        ('GIAY_KHEN', 'INDIVIDUAL', 'SUPERIOR', 'SUPERIOR', ''),
        ('GIAY_KHEN', 'GROUP', 'SUPERIOR', 'SUPERIOR', ''),
        ('GIAY_KHEN', 'SCHOOL', 'SUPERIOR', 'SUPERIOR', ''),
        ('TTLDXS', 'GROUP', 'SUPERIOR', 'PROVINCE', ''),
        ('TTLDXS', 'SCHOOL', 'SUPERIOR', 'PROVINCE', ''),
        ('CSTD_TINH', 'INDIVIDUAL', 'PROVINCE', 'PROVINCE', ''),
        ('BANG_KHEN', 'INDIVIDUAL', 'PROVINCE', 'PROVINCE', ''),
        ('BANG_KHEN', 'SCHOOL', 'PROVINCE', 'PROVINCE', ''),
        ('CO_THI_DUA', 'SCHOOL', 'PROVINCE', 'PROVINCE', ''),
        ('CSTD_TQ', 'INDIVIDUAL', 'NATIONAL', 'NATIONAL', ''),
        ('KY_NIEM_CHUONG', 'INDIVIDUAL', 'NATIONAL', 'NATIONAL', ''))
insert into authority_rule (title, recipient, valid_from, valid_to, decided_at, decider, source, verified)
select r.title, r.recipient, p.valid_from, p.valid_to,
       case when p.valid_from < date '2024-01-01' then r.old_level else r.level end,
       case case when p.valid_from < date '2024-01-01' then r.old_level else r.level end
           when 'SCHOOL' then 'Hiệu trưởng (thủ trưởng đơn vị)'
           when 'SUPERIOR' then case when p.valid_from < date '2025-07-01'
               then 'Chủ tịch UBND cấp huyện (trường THPT: Giám đốc Sở GD&ĐT)'
               else 'Chủ tịch UBND cấp xã (trường tiểu học, THCS) hoặc Giám đốc Sở GD&ĐT (trường THPT)' end
           when 'PROVINCE' then 'Chủ tịch UBND tỉnh'
           else case r.title when 'KY_NIEM_CHUONG' then 'Bộ trưởng Bộ Giáo dục và Đào tạo' else 'Thủ tướng Chính phủ' end
       end,
       case when p.valid_from >= date '2025-07-01' and r.level = 'PROVINCE'
            then 'Nghị định 152/2025/NĐ-CP, Điều 6 khoản 2 điểm b [text]'
            else p.law || case when p.valid_from >= date '2025-07-01' then r.note else '' end
                 || case when p.valid_from = date '2024-01-01' and r.level = 'PROVINCE' and r.old_level <> 'PROVINCE'
                         then '; TTLĐXS cấp tỉnh trước 01/07/2025 [verify]' else '' end end,
       false
from rule r cross join period p;

-- Only rows whose every source is [text] are verified; the NĐ 152/2025 rows for the province's titles are.
update authority_rule set verified = true
where valid_from = date '2025-07-01' and decided_at = 'PROVINCE';

-- The deciding unit's rule set: a submission is decided under the set in force the day the deciding unit
-- received it (NĐ 152/2025 Điều 60 khoản 3 [text]), beside the set the school year's eligibility used.
alter table nomination add column decision_rule_set_version text;
alter table nomination add column received_on date;
alter table submission add column rule_set_version text;
