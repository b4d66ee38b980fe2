-- Tiền thưởng (issue 11, item 6): a multiple of the base salary (mức lương cơ sở) on the decision date, rounded up
-- to 10.000 đ, per title or form and recipient (a collective gets its own multiple), dated and sourced.
create table prize_rule (
    title       text          not null,
    collective  boolean       not null,
    multiple    numeric(5, 2) not null check (multiple > 0),
    valid_from  date          not null,
    valid_to    date,
    source      text          not null,
    verified    boolean       not null,
    primary key (title, collective, valid_from)
);

-- NĐ 152/2025 Điều 49–54 [text], from 01/07/2025; the multiples of NĐ 98/2023 before it are not recorded (a
-- decision dated earlier gets no amount and says so).
insert into prize_rule (title, collective, multiple, valid_from, source, verified) values
    ('LDTT', false, 0.3, date '2025-07-01', 'Nghị định 152/2025/NĐ-CP, Điều 49–54 [text]', true),
    ('CSTDCS', false, 1.0, date '2025-07-01', 'Nghị định 152/2025/NĐ-CP, Điều 49–54 [text]', true),
    ('CSTD_TINH', false, 3.0, date '2025-07-01', 'Nghị định 152/2025/NĐ-CP, Điều 49–54 [text]', true),
    ('TTLDTT', true, 0.8, date '2025-07-01', 'Nghị định 152/2025/NĐ-CP, Điều 49–54 [text]', true),
    ('TTLDXS', true, 1.5, date '2025-07-01', 'Nghị định 152/2025/NĐ-CP, Điều 49–54 [text]', true),
    ('GIAY_KHEN', false, 0.3, date '2025-07-01', 'Nghị định 152/2025/NĐ-CP, Điều 49–54 [text]', true),
    ('GIAY_KHEN', true, 0.6, date '2025-07-01', 'Nghị định 152/2025/NĐ-CP, Điều 49–54 [text]: tập thể gấp đôi cá nhân', true),
    ('BANG_KHEN', false, 1.5, date '2025-07-01', 'Nghị định 152/2025/NĐ-CP, Điều 49–54 [text]: Bằng khen của Chủ tịch UBND tỉnh', true),
    ('BANG_KHEN', true, 3.0, date '2025-07-01', 'Nghị định 152/2025/NĐ-CP, Điều 49–54 [text]: tập thể gấp đôi cá nhân', true);

create table base_salary (
    valid_from date    primary key,
    amount     bigint  not null check (amount > 0),
    source     text    not null,
    verified   boolean not null
);

insert into base_salary (valid_from, amount, source, verified) values
    (date '2024-07-01', 2340000, 'Mức lương cơ sở 2.340.000 đồng/tháng từ 01/07/2024 (Nghị định 73/2024/NĐ-CP) [verify]', false);

-- The amount of each decided item and how it was computed.
alter table nomination add column prize_amount bigint;
alter table nomination add column prize_basis text;
