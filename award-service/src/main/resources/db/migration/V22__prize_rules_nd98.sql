-- Tiền thưởng before 01/07/2025 (issue 11, item 3 of its leftovers): decisions on dossiers received under Nghị định
-- 98/2023/NĐ-CP (NĐ 152/2025 Điều 60 khoản 3 [text]: what the deciding unit received before 01/07/2025 is decided
-- under the old decree). The multiples below are those of NĐ 98/2023's chapter on prize money as remembered from
-- NĐ 91/2017 Điều 70–73, which it continued; they were NOT read in NĐ 98/2023's text here: every row is to verify
-- ("cần đối chiếu"), with the article left open. Titles NĐ 98/2023 rewards without a multiple recorded here
-- (CSTĐ toàn quốc, Cờ thi đua) get no amount, as before.
insert into prize_rule (title, collective, multiple, valid_from, valid_to, source, verified) values
    ('LDTT', false, 0.3, date '2024-01-01', date '2025-06-30',
        'Nghị định 98/2023/NĐ-CP, Điều … (mức tiền thưởng danh hiệu thi đua) [verify]: cần đối chiếu', false),
    ('CSTDCS', false, 1.0, date '2024-01-01', date '2025-06-30',
        'Nghị định 98/2023/NĐ-CP, Điều … (mức tiền thưởng danh hiệu thi đua) [verify]: cần đối chiếu', false),
    ('CSTD_TINH', false, 3.0, date '2024-01-01', date '2025-06-30',
        'Nghị định 98/2023/NĐ-CP, Điều … (mức tiền thưởng danh hiệu thi đua) [verify]: cần đối chiếu', false),
    ('TTLDTT', true, 0.8, date '2024-01-01', date '2025-06-30',
        'Nghị định 98/2023/NĐ-CP, Điều … (mức tiền thưởng danh hiệu thi đua) [verify]: cần đối chiếu', false),
    ('TTLDXS', true, 1.5, date '2024-01-01', date '2025-06-30',
        'Nghị định 98/2023/NĐ-CP, Điều … (mức tiền thưởng danh hiệu thi đua) [verify]: cần đối chiếu', false),
    ('GIAY_KHEN', false, 0.3, date '2024-01-01', date '2025-06-30',
        'Nghị định 98/2023/NĐ-CP, Điều … (mức tiền thưởng Giấy khen) [verify]: cần đối chiếu', false),
    ('GIAY_KHEN', true, 0.6, date '2024-01-01', date '2025-06-30',
        'Nghị định 98/2023/NĐ-CP, Điều … (Giấy khen; tập thể gấp đôi cá nhân) [verify]: cần đối chiếu', false),
    ('BANG_KHEN', false, 1.0, date '2024-01-01', date '2025-06-30',
        'Nghị định 98/2023/NĐ-CP, Điều … (Bằng khen của Bộ trưởng, Chủ tịch UBND tỉnh: 1,0 lần, khác 1,5 lần của NĐ 152/2025) [verify]: cần đối chiếu', false),
    ('BANG_KHEN', true, 2.0, date '2024-01-01', date '2025-06-30',
        'Nghị định 98/2023/NĐ-CP, Điều … (Bằng khen; tập thể gấp đôi cá nhân) [verify]: cần đối chiếu', false);

-- The base salary before 01/07/2024, for decisions dated then.
insert into base_salary (valid_from, amount, source, verified) values
    (date '2023-07-01', 1800000, 'Mức lương cơ sở 1.800.000 đồng/tháng từ 01/07/2023 (Nghị định 24/2023/NĐ-CP) [verify]', false);
