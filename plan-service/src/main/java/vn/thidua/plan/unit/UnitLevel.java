package vn.thidua.plan.unit;

/** Level of a unit in the tree; communes replaced district offices in the 2025 reorganisation. */
public enum UnitLevel {
    PROVINCE, OFFICE, COMMUNE, SCHOOL
}
