/**
 * Reports built from the events alone: the reporting consumer and inbox, the projection into the
 * reporting tables (plain JDBC), the rebuild by replay, the reports and decision annexes with their
 * CSV/XLSX exports at {@code /api/v1/reports}, and the dashboard's redirect.
 */
package vn.thidua.award.report;
