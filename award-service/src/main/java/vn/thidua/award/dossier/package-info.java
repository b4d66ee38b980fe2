/**
 * Documents of the dossier (hồ sơ khen thưởng, issue 12 item 5) that are not the decision itself: the public
 * posting (công khai) of a council session's nominees with its period and comments, and the achievement reports
 * (báo cáo thành tích) of a person and of a collective, prefilled from the achievement file and the year's results.
 */
package vn.thidua.award.dossier;
