/**
 * Hồ sơ thi đua (achievement files): per person across schools and per collective, the titles and forms decided in
 * this system (read from decisions and nominations, never copied) and those decided before it (imported, marked
 * with who and when), revoked ones kept and marked. Eligibility reads earlier years here.
 */
package vn.thidua.award.record;
