package vn.thidua.award.council;

/**
 * A member of a council session: name, position in the council (Chủ tịch, Phó Chủ tịch, Thư ký, Ủy
 * viên…), the account they sign in with (the {@code upn} of their token) and, once recorded, whether
 * they are present.
 */
public record CouncilMember(String name, String position, String account, Boolean present) {

    public boolean isPresent() {
        return Boolean.TRUE.equals(present);
    }

    public CouncilMember withPresent(Boolean value) {
        return new CouncilMember(name, position, account, value);
    }
}
