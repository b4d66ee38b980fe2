package vn.thidua.award.nomination;

import vn.thidua.award.rules.Title;
import vn.thidua.platform.text.Texts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plain rules of nominating: what a nominee is (who decides: {@code rules.AuthorityRules}), what "one achievement" means, and
 * what a submission's state is from its items. Functions of their inputs, tested without Quarkus.
 */
final class NominationRules {

    /** Hình thức khen thưởng; every other code is a danh hiệu thi đua (title). */
    public static final Set<Title> FORMS = EnumSet.of(Title.GIAY_KHEN, Title.BANG_KHEN, Title.KY_NIEM_CHUONG);

    /** The achievement a nomination names when it names none: the nominee's whole school year. */
    public static final String WHOLE_YEAR = "Thành tích năm học";

    public enum NomineeType { STAFF, COLLECTIVE }

    public enum AwardKind { TITLE, FORM }

    private NominationRules() {
    }

    /** Titles and forms whose eligibility award-service computes (EligibilityRules, CollectiveRules). */
    public static boolean hasEligibilityRules(NomineeType type, Title award) {
        Set<Title> ruled = type == NomineeType.STAFF
                ? EnumSet.of(Title.LDTT, Title.CSTDCS, Title.CSTD_TINH, Title.GIAY_KHEN)
                : EnumSet.of(Title.TTLDTT, Title.TTLDXS);
        return ruled.contains(award);
    }

    public static AwardKind kindOf(Title award) {
        return FORMS.contains(award) ? AwardKind.FORM : AwardKind.TITLE;
    }

    /**
     * The recipient column of the authority table: a staff member is INDIVIDUAL; a collective whose
     * id is the school's own code is the SCHOOL, any other collective a professional GROUP.
     */
    public static String recipient(NomineeType type, String nomineeId, String schoolCode) {
        if (type == NomineeType.STAFF) {
            return "INDIVIDUAL";
        }
        return nomineeId.equals(schoolCode) ? "SCHOOL" : "GROUP";
    }

    /** STAFF:<staff id>; COLLECTIVE:<school>/<code>, since group codes (TO-KHOI-1) repeat in every school. */
    public static String nomineeKey(NomineeType type, String nomineeId, String schoolCode) {
        return type == NomineeType.STAFF ? "STAFF:" + nomineeId.toLowerCase(java.util.Locale.ROOT)
                : "COLLECTIVE:" + schoolCode + "/" + nomineeId;
    }

    /**
     * One achievement: the same nominee, the same school year and the same achievement reference
     * (an initiative's or contest's name, compared without accents, case or extra spaces; none given
     * means the whole year's work). Two live nominations with one achievement key may not both
     * carry a form (Giấy khen, Bằng khen, …): that would reward it twice.
     */
    public static String achievementKey(String nomineeKey, String schoolYear, String achievementRef) {
        return nomineeKey + "|" + schoolYear + "|" + Texts.fold(achievementRefOrYear(achievementRef));
    }

    public static String achievementRefOrYear(String achievementRef) {
        return achievementRef == null || achievementRef.isBlank() ? WHOLE_YEAR : achievementRef.strip();
    }

    /**
     * Why {@code candidate} would reward something twice, given the nominee's live nominations
     * (neither rejected nor revoked); empty when it may go ahead.
     */
    public static Optional<Existing> duplicateOf(Existing candidate, Collection<Existing> live) {
        for (Existing other : live) {
            if (!other.nomineeKey().equals(candidate.nomineeKey()) || !other.schoolYear().equals(candidate.schoolYear())) {
                continue;
            }
            boolean sameTitle = kindOf(candidate.award()) == AwardKind.TITLE && other.award() == candidate.award();
            boolean formTwice = kindOf(candidate.award()) == AwardKind.FORM && kindOf(other.award()) == AwardKind.FORM
                    && other.achievementKey().equals(candidate.achievementKey());
            if (sameTitle || formTwice) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    /** What the duplicate check compares of a nomination. */
    public record Existing(String id, String nomineeKey, String schoolYear, Title award, String achievementKey) {
    }

    /**
     * A submission is SUBMITTED while any item awaits the office (SUBMITTED or APPROVED); then
     * DECIDED when any item was decided (revoked later counts: it was decided), else REJECTED.
     */
    public static String submissionStatus(Collection<String> itemStatuses) {
        if (itemStatuses.stream().anyMatch(s -> s.equals("SUBMITTED") || s.equals("APPROVED"))) {
            return "SUBMITTED";
        }
        return itemStatuses.stream().anyMatch(s -> s.equals("DECIDED") || s.equals("REVOKED")) ? "DECIDED"
                : "REJECTED";
    }
}
