-- Ngày nghỉ lễ, Tết for the 15-working-day due date of a recovery (issue 11, lawrules item 2): a dated parameter.
-- holiday_rule: the fixed-date holidays of Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1 [secondary], in
-- force from 01/01/2021; holiday_day: the days that move every year — Tết Âm lịch (the days off the Government's
-- yearly plan gives state employees, weekdays only), Giỗ Tổ Hùng Vương (10/3 âm lịch), the second day of Quốc
-- khánh — as data, each [verify]. A holiday on a Saturday or Sunday gives the next working day off (Bộ luật Lao
-- động 2019, Điều 111 khoản 3 [verify]; computed, not stored). Swapped working days (làm bù thứ Bảy) are not
-- represented: a due date may differ by a day around them. Years without a Tết row are not
-- covered: the due date's explanation says so.
create table holiday_rule (
    month      integer not null check (month between 1 and 12),
    day        integer not null check (day between 1 and 31),
    name       text    not null,
    valid_from date    not null,
    valid_to   date,
    source     text    not null,
    verified   boolean not null,
    primary key (month, day, valid_from),
    constraint holiday_rule_range check (valid_to is null or valid_to >= valid_from)
);

insert into holiday_rule (month, day, name, valid_from, source, verified) values
    (1, 1, 'Tết Dương lịch', date '2021-01-01', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a [secondary]', false),
    (4, 30, 'Ngày Chiến thắng', date '2021-01-01', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm c [secondary]', false),
    (5, 1, 'Ngày Quốc tế lao động', date '2021-01-01', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm d [secondary]', false),
    (9, 2, 'Quốc khánh', date '2021-01-01', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ [secondary]', false);

create table holiday_day (
    day      date    primary key,
    name     text    not null,
    -- TET (Tết Âm lịch), GIO_TO (Giỗ Tổ Hùng Vương), QUOC_KHANH (the day next to 2/9), OTHER.
    kind     text    not null check (kind in ('TET', 'GIO_TO', 'QUOC_KHANH', 'OTHER')),
    source   text    not null,
    verified boolean not null
);

insert into holiday_day (day, name, kind, source, verified) values
    (date '2025-01-27', 'Tết Ất Tỵ (28 tháng Chạp)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b [secondary]; phương án nghỉ Tết 2025 của Chính phủ: 25/01–02/02/2025 [verify]', false),
    (date '2025-01-28', 'Tết Ất Tỵ (29 tháng Chạp)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b [secondary]; phương án nghỉ Tết 2025: 25/01–02/02/2025 [verify]', false),
    (date '2025-01-29', 'Tết Ất Tỵ (mùng 1)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b [secondary]; phương án nghỉ Tết 2025: 25/01–02/02/2025 [verify]', false),
    (date '2025-01-30', 'Tết Ất Tỵ (mùng 2)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b [secondary]; phương án nghỉ Tết 2025: 25/01–02/02/2025 [verify]', false),
    (date '2025-01-31', 'Tết Ất Tỵ (mùng 3)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b [secondary]; phương án nghỉ Tết 2025: 25/01–02/02/2025 [verify]', false),
    (date '2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 Ất Tỵ)', 'GIO_TO', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e [secondary]; quy đổi âm lịch [verify]', false),
    (date '2025-09-01', 'Quốc khánh (ngày liền kề)', 'QUOC_KHANH', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ [secondary]; ngày liền kề năm 2025 [verify]', false),
    (date '2026-02-16', 'Tết Bính Ngọ (29 tháng Chạp)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b [secondary]; phương án nghỉ Tết 2026: 14/02–22/02/2026 [verify]', false),
    (date '2026-02-17', 'Tết Bính Ngọ (mùng 1)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b [secondary]; phương án nghỉ Tết 2026: 14/02–22/02/2026 [verify]', false),
    (date '2026-02-18', 'Tết Bính Ngọ (mùng 2)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b [secondary]; phương án nghỉ Tết 2026: 14/02–22/02/2026 [verify]', false),
    (date '2026-02-19', 'Tết Bính Ngọ (mùng 3)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b [secondary]; phương án nghỉ Tết 2026: 14/02–22/02/2026 [verify]', false),
    (date '2026-02-20', 'Tết Bính Ngọ (mùng 4)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b [secondary]; phương án nghỉ Tết 2026: 14/02–22/02/2026 [verify]', false),
    (date '2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 Bính Ngọ, Chủ nhật: nghỉ bù thứ Hai)', 'GIO_TO', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e [secondary]; quy đổi âm lịch [verify]', false),
    -- 2027: no plan of the Government is recorded; the five days of Điều 112 from 30 Tết (05/02/2027, mùng 1 is
    -- Saturday 06/02), the weekend ones compensated by the rule above. Every one to verify against the plan.
    (date '2027-02-05', 'Tết Đinh Mùi (30 tháng Chạp)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b: 05 ngày [secondary]; phương án nghỉ Tết 2027 chưa có [verify]', false),
    (date '2027-02-06', 'Tết Đinh Mùi (mùng 1)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b: 05 ngày [secondary]; phương án nghỉ Tết 2027 chưa có [verify]', false),
    (date '2027-02-07', 'Tết Đinh Mùi (mùng 2)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b: 05 ngày [secondary]; phương án nghỉ Tết 2027 chưa có [verify]', false),
    (date '2027-02-08', 'Tết Đinh Mùi (mùng 3)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b: 05 ngày [secondary]; phương án nghỉ Tết 2027 chưa có [verify]', false),
    (date '2027-02-09', 'Tết Đinh Mùi (mùng 4)', 'TET', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b: 05 ngày [secondary]; phương án nghỉ Tết 2027 chưa có [verify]', false),
    (date '2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 Đinh Mùi)', 'GIO_TO', 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e [secondary]; quy đổi âm lịch [verify]', false);
