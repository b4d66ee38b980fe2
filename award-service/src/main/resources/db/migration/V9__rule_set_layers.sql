-- Rule sets as layers (issue 11): a national set per legal regime, a province's quy chế over it and
-- optionally an office's or commune's; each layer holds only the parameters it changes, each version has
-- its own effective dates. Results pin the resolved combination, named by its versions joined with "+"
-- (2025.1+DONGTHAP-2025.1), so the version columns of results no longer reference one row.
alter table rule_set add column layer text not null default 'NATIONAL'
    check (layer in ('NATIONAL', 'PROVINCE', 'UNIT'));
-- The province or unit a layer is the rules of; null for a national set.
alter table rule_set add column scope_unit text;
alter table rule_set add constraint rule_set_scope check ((layer = 'NATIONAL') = (scope_unit is null));
-- Effective dates are unique within one layer of one unit, no longer across layers.
alter table rule_set drop constraint rule_set_effective_from_key;
create unique index rule_set_layer_from on rule_set (layer, coalesce(scope_unit, ''), effective_from);

alter table eligibility_cycle drop constraint eligibility_cycle_rule_set_version_fkey;
alter table council_session drop constraint council_session_rule_set_version_fkey;
alter table nomination drop constraint nomination_rule_set_version_fkey;

-- National set under Luật Thi đua, khen thưởng 2022 with Nghị định 152/2025/NĐ-CP, from 01/07/2025 (2024.1 stays
-- the set under Nghị định 98/2023/NĐ-CP until then). Sources carry the issue's tags: [text] read in the legal
-- text itself (verified), [secondary] an official site or legal Q&A quoting it, [verify] not confirmed; only
-- [text] is verified = true. cstdcs.maxShareOfLdtt is absent: NĐ 152/2025 sets no ratio [text]; a province may.
-- No authority list: from this version on, authority is its own dated table (V10, authority_rule).
insert into rule_set (version, legal_basis, effective_from, effective_to, parameters, authority, published_by,
                      published_at, layer, scope_unit, announced_at)
values ('2025.1',
'[
 {"number": "06/2022/QH15", "title": "Luật Thi đua, khen thưởng", "date": "2022-06-15"},
 {"number": "152/2025/NĐ-CP", "title": "Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng, hiệu lực 01/07/2025, thay thế 98/2023/NĐ-CP; hồ sơ cơ quan có thẩm quyền nhận trước ngày này xét theo 98/2023/NĐ-CP (Điều 59, 60) [text]; ngày ban hành: cần đối chiếu", "date": null},
 {"number": "90/2020/NĐ-CP", "title": "Nghị định về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức, sửa đổi bởi 48/2023/NĐ-CP [secondary]", "date": null},
 {"number": "15/2025/TT-BNV", "title": "Thông tư của Bộ Nội vụ hướng dẫn Luật Thi đua, khen thưởng, thay thế 01/2024/TT-BNV [verify]", "date": null},
 {"number": "29/2023/TT-BGDĐT", "title": "Thông tư hướng dẫn công tác thi đua, khen thưởng ngành Giáo dục, thay thế 21/2020/TT-BGDĐT; có thông tư năm 2026 thay thế [verify]", "date": null}
]',
'2025-07-01', null,
'[
 {"key": "ldtt.minRating", "value": "HTT", "unit": "xếp loại", "verified": false,
  "description": "LĐTT: xếp loại tối thiểu (hoàn thành tốt nhiệm vụ)",
  "source": "Luật Thi đua, khen thưởng 2022 (06/2022/QH15), Điều 24: hoàn thành tốt nhiệm vụ được giao [verify: chưa đối chiếu lại văn bản]"},
 {"key": "ldtt.minMonthsWorked", "value": 6, "unit": "tháng", "verified": false,
  "description": "LĐTT: số tháng làm việc tối thiểu trong năm học",
  "source": "Luật TĐKT 2022, Điều 24; Nghị định 152/2025/NĐ-CP (thời gian công tác để xét danh hiệu) [verify: điều, khoản cần đối chiếu]"},
 {"key": "ldtt.maternityCountsAsWork", "value": true, "unit": "có/không", "verified": true,
  "description": "Thời gian nghỉ thai sản được tính để xét tặng danh hiệu thi đua",
  "source": "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 5 [text]"},
 {"key": "individual.disciplineBlocksFrom", "value": "REPRIMAND", "unit": "hình thức kỷ luật", "verified": false,
  "description": "Cá nhân bị kỷ luật từ hình thức này trở lên (thời hạn kỷ luật chạm năm học) thì không xét LĐTT; đang bị xem xét xử lý kỷ luật thì hoãn xét",
  "source": "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4 [text] (hoãn xét khi đang bị xem xét kỷ luật; thời hạn kỷ luật sang năm sau); mức từ khiển trách: Luật TĐKT 2022, Điều 24 [verify]"},
 {"key": "rating.cappedAbsenceMonths", "value": 3, "unit": "tháng", "verified": false,
  "description": "Nghỉ theo quy định (không kể thai sản và thời gian được tính là làm việc) từ 3 đến dưới 6 tháng: vẫn đánh giá nhưng không xếp loại từ hoàn thành tốt nhiệm vụ trở lên (tối đa HT)",
  "source": "Nghị định 90/2020/NĐ-CP, Điều 2 khoản 3, sửa đổi bởi Nghị định 48/2023/NĐ-CP [secondary]"},
 {"key": "rating.notRatedAbsenceMonths", "value": 6, "unit": "tháng", "verified": false,
  "description": "Làm việc dưới 6 tháng trong năm (nghỉ từ 6 tháng, không kể thai sản): không đánh giá, xếp loại",
  "source": "Nghị định 90/2020/NĐ-CP, Điều 2 khoản 3, sửa đổi bởi Nghị định 48/2023/NĐ-CP [secondary]"},
 {"key": "cstdcs.minInitiativeLevel", "value": "SCHOOL", "unit": "cấp công nhận", "verified": false,
  "description": "CSTĐCS: cấp công nhận sáng kiến tối thiểu; cấp trường là cấp cơ sở",
  "source": "Luật TĐKT 2022, Điều 23 khoản 1: sáng kiến được cơ quan, tổ chức, đơn vị công nhận [verify]"},
 {"key": "cstdcs.initiativeWindowYears", "value": 1, "unit": "năm học", "verified": false,
  "description": "CSTĐCS: sáng kiến được công nhận trong năm học xét (1) hoặc số năm học gần nhất",
  "source": "Luật TĐKT 2022, Điều 23: danh hiệu xét tặng hằng năm [verify]"},
 {"key": "cstdcs.minQuota", "value": 0, "unit": "người", "verified": false,
  "description": "CSTĐCS: số suất tối thiểu của đơn vị có LĐTT khi có tỷ lệ (0: chỉ theo tỷ lệ, làm tròn xuống)",
  "source": "Quyết định của hệ thống (không phải quy định pháp luật)"},
 {"key": "cstdcs.ranking", "value": "RATING,INITIATIVE_LEVEL,STREAK,SENIORITY", "unit": "thứ tự", "verified": false,
  "description": "CSTĐCS vượt tỷ lệ: xếp theo xếp loại, cấp sáng kiến, số năm CSTĐCS liên tục, thâm niên",
  "source": "Quyết định của hệ thống (không phải quy định pháp luật), sửa được theo quy chế của tỉnh hoặc đơn vị"},
 {"key": "cstdTinh.consecutiveCstdcsYears", "value": 3, "unit": "năm", "verified": false,
  "description": "CSTĐ cấp tỉnh: số năm liên tục đạt CSTĐCS, tính cả năm xét",
  "source": "Luật TĐKT 2022, Điều 22 khoản 1: 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở [verify]"},
 {"key": "cstdTinh.minInitiativeLevel", "value": "PROVINCE", "unit": "cấp công nhận", "verified": false,
  "description": "CSTĐ cấp tỉnh: sáng kiến có phạm vi ảnh hưởng cấp tỉnh",
  "source": "Luật TĐKT 2022, Điều 22 khoản 1 [verify]"},
 {"key": "cstdTinh.initiativeWindowYears", "value": 3, "unit": "năm học", "verified": false,
  "description": "CSTĐ cấp tỉnh: sáng kiến được công nhận trong các năm học đạt CSTĐCS liên tục",
  "source": "Luật TĐKT 2022, Điều 22 [verify]"},
 {"key": "giayKhen.minRating", "value": "HTXS", "unit": "xếp loại", "verified": false,
  "description": "Giấy khen: đạt LĐTT và xếp loại từ mức này trở lên",
  "source": "Quyết định của hệ thống: đề nghị Giấy khen cho LĐTT hoàn thành xuất sắc nhiệm vụ [verify]"},
 {"key": "htxs.maxSharePercent", "value": 20, "unit": "%", "verified": false,
  "description": "Hoàn thành xuất sắc nhiệm vụ tối đa bao nhiêu phần trăm (cơ sở tính: htxs.shareBase, phạm vi: htxs.shareScope)",
  "source": "Nghị định 90/2020/NĐ-CP, sửa đổi bởi 48/2023/NĐ-CP: không quá 20 % [secondary]"},
 {"key": "htxs.shareBase", "value": "HTT", "unit": "cơ sở tính", "verified": false,
  "description": "Tỷ lệ HTXS tính trên số được xếp loại hoàn thành tốt nhiệm vụ",
  "source": "Nghị định 90/2020/NĐ-CP, sửa đổi bởi 48/2023/NĐ-CP: 20 % số được xếp loại hoàn thành tốt nhiệm vụ [secondary; verify the base]"},
 {"key": "htxs.shareScope", "value": "STAFF_GROUP", "unit": "phạm vi", "verified": false,
  "description": "Tỷ lệ HTXS tính riêng theo từng nhóm cán bộ có nhiệm vụ tương đồng (tổ của hồ sơ cán bộ)",
  "source": "Nghị định 90/2020/NĐ-CP, sửa đổi bởi 48/2023/NĐ-CP: theo từng nhóm đối tượng có cùng nhiệm vụ tương đồng [secondary]"},
 {"key": "ttldtt.minLdttShare", "value": 50, "unit": "% (trên mức này)", "verified": false,
  "description": "TTLĐTT: phải có trên (không tính bằng) tỷ lệ này thành viên đạt LĐTT",
  "source": "Luật TĐKT 2022, Điều 28: có trên 50 % cá nhân đạt danh hiệu Lao động tiên tiến [verify]"},
 {"key": "ttldxs.minLdttShare", "value": 70, "unit": "% (từ mức này)", "verified": false,
  "description": "TTLĐXS: ít nhất tỷ lệ này thành viên đạt LĐTT",
  "source": "Luật TĐKT 2022, Điều 27: có ít nhất 70 % cá nhân đạt danh hiệu Lao động tiên tiến [verify]"},
 {"key": "ttldxs.minMemberRating", "value": "HT", "unit": "xếp loại", "verified": false,
  "description": "TTLĐXS: mọi thành viên được xếp loại từ mức này trở lên (hoàn thành nhiệm vụ)",
  "source": "Luật TĐKT 2022, Điều 27: 100 % cá nhân hoàn thành nhiệm vụ được giao [verify]"},
 {"key": "ttldxs.minCstdcs", "value": 1, "unit": "người", "verified": false,
  "description": "TTLĐXS: số thành viên đạt CSTĐCS tối thiểu",
  "source": "Luật TĐKT 2022, Điều 27: có cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở [verify]"},
 {"key": "collective.disciplineBlocksFrom", "value": "WARNING", "unit": "hình thức kỷ luật", "verified": false,
  "description": "Tập thể có thành viên bị kỷ luật từ hình thức này trở lên thì không xét TTLĐTT, TTLĐXS",
  "source": "Luật TĐKT 2022, Điều 27 và Điều 28: không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên [verify]"},
 {"key": "council.quorum", "value": "2/3", "unit": "phân số thành viên", "verified": false,
  "description": "Hội đồng TĐKT họp hợp lệ khi có ít nhất tỷ lệ này thành viên",
  "source": "Thông tư 35/2015/TT-BGDĐT (ngành giáo dục) [secondary]; NĐ 152/2025/NĐ-CP, Điều 6 khoản 2 điểm đ, e: bộ, tỉnh quy định [text]"},
 {"key": "council.agreePercent", "value": 70, "unit": "%", "verified": false,
  "description": "Tỷ lệ đồng ý tối thiểu (trên số thành viên có mặt hoặc cho ý kiến bằng văn bản)",
  "source": "Thông tư 35/2015/TT-BGDĐT (ngành giáo dục): từ 70 % số thành viên dự họp hoặc cho ý kiến bằng văn bản [secondary]"},
 {"key": "council.secretBallotAgreePercent", "value": 90, "unit": "%", "verified": true,
  "description": "Bỏ phiếu kín, tỷ lệ đồng ý tối thiểu cho các danh hiệu ở council.secretBallotTitles",
  "source": "Nghị định 152/2025/NĐ-CP, Điều 33 khoản 5: Chiến sĩ thi đua toàn quốc từ 90 % tổng số thành viên hội đồng [text]"},
 {"key": "council.secretBallotTitles", "value": "CSTD_TINH,CSTD_TQ", "unit": "danh hiệu", "verified": false,
  "description": "Danh hiệu Chiến sĩ thi đua cấp tỉnh trở lên: bỏ phiếu kín",
  "source": "Nghị định 152/2025/NĐ-CP, Điều 33 khoản 5 (CSTĐ toàn quốc) [text]; CSTĐ cấp tỉnh: quy chế của tỉnh [verify]"},
 {"key": "council.titleRules", "value": "CSTD_TQ:SECRET:90:ALL_MEMBERS", "unit": "danh hiệu:hình thức:%:cơ sở tính", "verified": true,
  "description": "Chiến sĩ thi đua toàn quốc: bỏ phiếu kín, từ 90 % tổng số thành viên hội đồng (không phải số có mặt)",
  "source": "Nghị định 152/2025/NĐ-CP, Điều 33 khoản 5 [text]"}
]',
'[]',
'hệ thống (migration V9)', '2025-07-01 00:00:00+07', 'NATIONAL', null, null);

-- The Đồng Tháp layer (quy chế thi đua, khen thưởng của tỉnh) from 01/07/2025: every value to verify against the
-- province's own regulation, whose number and articles are not recorded here.
insert into rule_set (version, legal_basis, effective_from, effective_to, parameters, authority, published_by,
                      published_at, layer, scope_unit, announced_at)
values ('DONGTHAP-2025.1',
'[
 {"number": "(cần đối chiếu)", "title": "Quy chế thi đua, khen thưởng tỉnh Đồng Tháp (số hiệu, ngày ban hành: cần đối chiếu) [verify]", "date": null}
]',
'2025-07-01', null,
'[
 {"key": "cstdcs.maxShareOfLdtt", "value": 15, "unit": "%", "verified": false,
  "description": "CSTĐCS: tối đa bao nhiêu phần trăm số LĐTT của đơn vị (tỷ lệ của tỉnh; cấp quốc gia không quy định)",
  "source": "Quy chế thi đua, khen thưởng tỉnh Đồng Tháp [verify: tỉnh có quy định tỷ lệ hay không]; 15 % là tỷ lệ cũ của Nghị định 91/2017/NĐ-CP (do bộ, tỉnh quy định, không quá 15 %); Nghị định 152/2025/NĐ-CP không quy định tỷ lệ [text]"},
 {"key": "council.quorum", "value": "2/3", "unit": "phân số thành viên", "verified": false,
  "description": "Hội đồng TĐKT họp hợp lệ khi có ít nhất tỷ lệ này thành viên (quy chế của tỉnh)",
  "source": "Quy chế thi đua, khen thưởng tỉnh Đồng Tháp [verify]; NĐ 152/2025/NĐ-CP, Điều 6 khoản 2 điểm đ, e: tỉnh quy định [text]"},
 {"key": "council.agreePercent", "value": 70, "unit": "%", "verified": false,
  "description": "Tỷ lệ đồng ý tối thiểu của hội đồng cấp cơ sở (quy chế của tỉnh)",
  "source": "Quy chế thi đua, khen thưởng tỉnh Đồng Tháp [verify]; theo Thông tư 35/2015/TT-BGDĐT: 70 % [secondary]"},
 {"key": "council.agreeBase", "value": "PRESENT_AND_WRITTEN", "unit": "cơ sở tính", "verified": false,
  "description": "Tỷ lệ đồng ý tính trên số thành viên dự họp và số thành viên vắng mặt cho ý kiến bằng văn bản",
  "source": "Quy chế thi đua, khen thưởng tỉnh Đồng Tháp [verify]; Thông tư 35/2015/TT-BGDĐT: từ 70 % số thành viên dự họp hoặc cho ý kiến bằng văn bản [secondary]"}
]',
'[]',
'hệ thống (migration V9)', '2025-07-01 00:00:00+07', 'PROVINCE', 'DONGTHAP', null);
