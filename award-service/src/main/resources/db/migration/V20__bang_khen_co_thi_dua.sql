-- Bằng khen of the province chair and the province's Cờ thi đua (issue 11, lawrules item 1): their conditions as
-- parameters of both national sets. Additive: the versions gain parameters of titles they did not rule on, every
-- earlier parameter is unchanged, so no earlier result changes when it is recomputed. No legal text could be read
-- when this was written: every value and article is as believed, [verify], verified = false ("cần đối chiếu");
-- a province layer may override any of them. The achievement file records titles, not ratings: an earlier year of
-- "hoàn thành xuất sắc nhiệm vụ" is read as a year holding one of the titles listed (this system's reading).
update rule_set set parameters = parameters || '[
 {"key": "bangKhen.consecutiveYears", "value": 2, "unit": "năm học", "verified": false,
  "description": "Bằng khen của Chủ tịch UBND tỉnh (cá nhân): số năm học liên tục hoàn thành xuất sắc nhiệm vụ, tính cả năm xét",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm c: 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận [verify]; Nghị định 98/2023/NĐ-CP, Điều … [verify]"},
 {"key": "bangKhen.minRating", "value": "HTXS", "unit": "xếp loại", "verified": false,
  "description": "Bằng khen (cá nhân): xếp loại năm xét từ mức này trở lên",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm c: hoàn thành xuất sắc nhiệm vụ [verify]"},
 {"key": "bangKhen.earlierYearTitles", "value": "LDTT,CSTDCS,CSTD_TINH,CSTD_TQ", "unit": "danh hiệu", "verified": false,
  "description": "Bằng khen (cá nhân): danh hiệu trong hồ sơ thi đua được tính là một năm trước đạt yêu cầu (hồ sơ không ghi xếp loại)",
  "source": "Cách đọc của hệ thống: hồ sơ thi đua ghi danh hiệu đã quyết định, không ghi xếp loại; năm trước tính khi có danh hiệu từ LĐTT trở lên [verify]"},
 {"key": "bangKhen.minInitiatives", "value": 2, "unit": "sáng kiến", "verified": false,
  "description": "Bằng khen (cá nhân): số sáng kiến được công nhận tối thiểu trong các năm liên tục",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm c: 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở [verify]"},
 {"key": "bangKhen.minInitiativeLevel", "value": "SCHOOL", "unit": "cấp công nhận", "verified": false,
  "description": "Bằng khen (cá nhân): cấp công nhận sáng kiến tối thiểu (cấp cơ sở)",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm c: phạm vi cấp cơ sở [verify]"},
 {"key": "bangKhen.collectiveConsecutiveYears", "value": 2, "unit": "năm học", "verified": false,
  "description": "Bằng khen của Chủ tịch UBND tỉnh (tập thể trường): số năm học liên tục hoàn thành xuất sắc nhiệm vụ (Tập thể lao động xuất sắc), tính cả năm xét",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 74 khoản 2 điểm c: tập thể 02 năm liên tục hoàn thành xuất sắc nhiệm vụ [verify]; Nghị định 98/2023/NĐ-CP, Điều … [verify]"},
 {"key": "collective.excellentYearTitles", "value": "TTLDXS,CO_THI_DUA", "unit": "danh hiệu", "verified": false,
  "description": "Bằng khen, Cờ thi đua (tập thể): danh hiệu trong hồ sơ của trường được tính là một năm trước hoàn thành xuất sắc nhiệm vụ",
  "source": "Cách đọc của hệ thống: năm trước tính khi trường được tặng Tập thể lao động xuất sắc hoặc Cờ thi đua [verify]"},
 {"key": "coThiDua.consecutiveYears", "value": 1, "unit": "năm học", "verified": false,
  "description": "Cờ thi đua của UBND tỉnh: số năm học liên tục đạt Tập thể lao động xuất sắc, tính cả năm xét (1: chỉ năm xét)",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 26: xét tặng hằng năm cho tập thể tiêu biểu xuất sắc [verify]; quy chế của tỉnh có thể đòi hỏi nhiều năm [verify]"},
 {"key": "coThiDua.requiresBlockLead", "value": true, "unit": "có/không", "verified": false,
  "description": "Cờ thi đua của UBND tỉnh: phải là tập thể dẫn đầu cụm, khối thi đua (do cụm, khối suy tôn, ngoài hệ thống)",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 26: tập thể tiêu biểu xuất sắc, dẫn đầu cụm, khối thi đua [verify]; Nghị định 98/2023/NĐ-CP, Điều … [verify]"}
]'::jsonb where version = '2024.1';

update rule_set set parameters = parameters || '[
 {"key": "bangKhen.consecutiveYears", "value": 2, "unit": "năm học", "verified": false,
  "description": "Bằng khen của Chủ tịch UBND tỉnh (cá nhân): số năm học liên tục hoàn thành xuất sắc nhiệm vụ, tính cả năm xét",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm c: 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận [verify]; Nghị định 152/2025/NĐ-CP, Điều … [verify]"},
 {"key": "bangKhen.minRating", "value": "HTXS", "unit": "xếp loại", "verified": false,
  "description": "Bằng khen (cá nhân): xếp loại năm xét từ mức này trở lên",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm c: hoàn thành xuất sắc nhiệm vụ [verify]"},
 {"key": "bangKhen.earlierYearTitles", "value": "LDTT,CSTDCS,CSTD_TINH,CSTD_TQ", "unit": "danh hiệu", "verified": false,
  "description": "Bằng khen (cá nhân): danh hiệu trong hồ sơ thi đua được tính là một năm trước đạt yêu cầu (hồ sơ không ghi xếp loại)",
  "source": "Cách đọc của hệ thống: hồ sơ thi đua ghi danh hiệu đã quyết định, không ghi xếp loại; năm trước tính khi có danh hiệu từ LĐTT trở lên [verify]"},
 {"key": "bangKhen.minInitiatives", "value": 2, "unit": "sáng kiến", "verified": false,
  "description": "Bằng khen (cá nhân): số sáng kiến được công nhận tối thiểu trong các năm liên tục",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm c: 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở [verify]; Nghị định 152/2025/NĐ-CP, Điều … [verify]"},
 {"key": "bangKhen.minInitiativeLevel", "value": "SCHOOL", "unit": "cấp công nhận", "verified": false,
  "description": "Bằng khen (cá nhân): cấp công nhận sáng kiến tối thiểu (cấp cơ sở)",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 74 khoản 1 điểm c: phạm vi cấp cơ sở [verify]"},
 {"key": "bangKhen.collectiveConsecutiveYears", "value": 2, "unit": "năm học", "verified": false,
  "description": "Bằng khen của Chủ tịch UBND tỉnh (tập thể trường): số năm học liên tục hoàn thành xuất sắc nhiệm vụ (Tập thể lao động xuất sắc), tính cả năm xét",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 74 khoản 2 điểm c: tập thể 02 năm liên tục hoàn thành xuất sắc nhiệm vụ [verify]; Nghị định 152/2025/NĐ-CP, Điều … [verify]"},
 {"key": "collective.excellentYearTitles", "value": "TTLDXS,CO_THI_DUA", "unit": "danh hiệu", "verified": false,
  "description": "Bằng khen, Cờ thi đua (tập thể): danh hiệu trong hồ sơ của trường được tính là một năm trước hoàn thành xuất sắc nhiệm vụ",
  "source": "Cách đọc của hệ thống: năm trước tính khi trường được tặng Tập thể lao động xuất sắc hoặc Cờ thi đua [verify]"},
 {"key": "coThiDua.consecutiveYears", "value": 1, "unit": "năm học", "verified": false,
  "description": "Cờ thi đua của UBND tỉnh: số năm học liên tục đạt Tập thể lao động xuất sắc, tính cả năm xét (1: chỉ năm xét)",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 26: xét tặng hằng năm cho tập thể tiêu biểu xuất sắc [verify]; quy chế của tỉnh có thể đòi hỏi nhiều năm [verify]"},
 {"key": "coThiDua.requiresBlockLead", "value": true, "unit": "có/không", "verified": false,
  "description": "Cờ thi đua của UBND tỉnh: phải là tập thể dẫn đầu cụm, khối thi đua (do cụm, khối suy tôn, ngoài hệ thống)",
  "source": "Luật Thi đua, khen thưởng 2022, Điều 26: tập thể tiêu biểu xuất sắc, dẫn đầu cụm, khối thi đua [verify]; Nghị định 152/2025/NĐ-CP, Điều 6 khoản 2 điểm b (thẩm quyền Chủ tịch UBND tỉnh) [text]; tiêu chuẩn: Điều … [verify]"}
]'::jsonb where version = '2025.1';
