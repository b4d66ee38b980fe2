package vn.thidua.plan.unit;

/**
 * Level of a unit in the tree. Since the 2025 reorganisation (district level abolished on 01/07/2025) communes
 * stand where district offices stood for primary and lower-secondary schools; upper-secondary schools are under
 * the Sở GD&ĐT (DEPARTMENT), itself under the province.
 */
public enum UnitLevel {
    PROVINCE, DEPARTMENT, OFFICE, COMMUNE, SCHOOL
}
