/**
 * People (cán bộ, viên chức): award-service's copy of evaluation-service's staff records, from
 * {@code thidua.staff.v1}. {@code People} is the one way the other features read names and the person
 * behind a school's staff record; nothing else reads {@code staff_member}.
 */
package vn.thidua.award.people;
