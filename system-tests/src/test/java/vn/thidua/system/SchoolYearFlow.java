package vn.thidua.system;

import vn.thidua.client.award.model.Attendance;
import vn.thidua.client.award.model.AttendanceBody;
import vn.thidua.client.award.model.Ballot;
import vn.thidua.client.award.model.Choice;
import vn.thidua.client.award.model.Counts;
import vn.thidua.client.award.model.DecideBody;
import vn.thidua.client.award.model.ItemDraft;
import vn.thidua.client.award.model.MemberDraft;
import vn.thidua.client.award.model.Method;
import vn.thidua.client.award.model.NewNomination;
import vn.thidua.client.award.model.NomineeType;
import vn.thidua.client.award.model.NomineeType1;
import vn.thidua.client.award.model.SessionDraft;
import vn.thidua.client.award.model.Title;
import vn.thidua.client.evaluation.model.BulkRecord;
import vn.thidua.client.evaluation.model.BulkRequest;
import vn.thidua.client.evaluation.model.CycleView;
import vn.thidua.client.plan.model.NumberedItem;
import vn.thidua.client.plan.model.PlanDocument;
import vn.thidua.client.plan.model.PlanRequest;
import vn.thidua.testing.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * One school's year through the three services, step by step, through the generated clients (module clients/) as a
 * school's software calls them, each write retried as a client retries it while a service or the database is down
 * (a connection refused, a 5xx): the bulk posts with their Idempotency-Key, so a retry of a post that was applied is
 * answered from the key, never applied twice.
 */
final class SchoolYearFlow {

    static final String YEAR = "2022-2023";
    static final Duration OUTAGE = Duration.ofSeconds(240);

    private final ThreeServices system;
    final String school;
    final int staffCount;
    String cycleId;
    final Map<String, UUID> staffIds = new HashMap<>();
    UUID councilId;
    UUID itemId;
    UUID nominationId;
    String decisionId;

    SchoolYearFlow(ThreeServices system, String school, int staffCount) {
        this.system = system;
        this.school = school;
        this.staffCount = staffCount;
    }

    private Clients as(String upn, Set<String> roles, String unit) {
        return Clients.bearer(system::base, TestTokens.token(upn, roles, unit));
    }

    private Clients principal() {
        return as("user@" + school, Set.of("principal"), school);
    }

    interface Step<T> {
        T call() throws Exception;
    }

    /**
     * Until the call answers below 500: a refused connection (the generated client's ApiException with code 0) or a
     * 5xx is an outage, retried each second; any other refusal fails the step at once.
     */
    static <T> T retrying(Step<T> call) {
        long deadline = System.nanoTime() + OUTAGE.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                return call.call();
            } catch (Exception e) {
                int status = statusOf(e);
                if (status != 0 && status < 500) {
                    throw new AssertionError("refused with " + status + ": " + bodyOf(e), e);
                }
                last = e; // connection refused or reset while the service restarts, or a 5xx
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No answer below 500 within " + OUTAGE, last);
    }

    private static int statusOf(Exception e) {
        if (e instanceof vn.thidua.client.plan.ApiException a) {
            return a.getCode();
        }
        if (e instanceof vn.thidua.client.evaluation.ApiException a) {
            return a.getCode();
        }
        if (e instanceof vn.thidua.client.award.ApiException a) {
            return a.getCode();
        }
        return 0;
    }

    private static String bodyOf(Exception e) {
        if (e instanceof vn.thidua.client.plan.ApiException a) {
            return a.getResponseBody();
        }
        if (e instanceof vn.thidua.client.evaluation.ApiException a) {
            return a.getResponseBody();
        }
        return e instanceof vn.thidua.client.award.ApiException a ? a.getResponseBody() : e.toString();
    }

    void planAndStaff() throws Exception {
        UUID planId = retrying(() -> principal().plans.createPlan(new PlanRequest().unitCode(school).schoolYear(YEAR)
                .document(new PlanDocument().kind("KẾ HOẠCH").title("Kế hoạch thi đua năm học " + YEAR)
                        .contents(List.of(new NumberedItem().number("1").text("Dạy tốt, học tốt")))))).getId();
        retrying(() -> principal().plans.publishPlan(planId, null));
        StringBuilder csv = new StringBuilder("Mã CB;Họ và tên;Giới tính;Chức vụ;Tổ chuyên môn;Loại hợp đồng;Ngày vào ngành\n");
        for (int i = 1; i <= staffCount; i++) {
            csv.append(code(i)).append(";Giáo viên số ").append(i).append(";Nữ;Giáo viên;Tổ 1;Viên chức;01/09/2005\n");
        }
        retrying(() -> principal().staff.importStaffCsv(school, csv.toString(), null));
        await().atMost(OUTAGE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            cycleId = principal().cycles.listCycles(null, 500, null, school, null).stream()
                    .filter(c -> planId.equals(c.getPlanId())).map(CycleView::getId).map(UUID::toString)
                    .findFirst().orElse(null);
            return cycleId != null;
        });
        principal().staff.listStaff(null, null, null, null, null, 500, null, school, null)
                .forEach(s -> staffIds.put(s.getCode(), s.getId()));
    }

    static String code(int i) {
        return String.format("GV%03d", i);
    }

    /** Batch {@code batch} of {@code batches}: its staff finalized by the school's software, with its own key. */
    void bulk(int batch, int batches) {
        int size = staffCount / batches;
        List<BulkRecord> records = new ArrayList<>();
        for (int i = batch * size + 1; i <= (batch + 1) * size; i++) {
            records.add(new BulkRecord().staffCode(code(i)).rating(i % 10 == 0 ? "HTXS" : i % 7 == 0 ? "HT" : "HTT"));
        }
        Clients app = as("app@" + school, Set.of("school_app"), school);
        retrying(() -> app.cycles.postEvaluationsBulk(UUID.fromString(cycleId), school + "-batch-" + batch,
                new BulkRequest().records(records), null));
    }

    /** Until every finalized event of the cycle is applied and the stored results cover them. */
    void awaitEligibility() {
        await().atMost(OUTAGE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            var cycles = principal().eligibility.listEligibility(UUID.fromString(cycleId), null, null, null, null, null, null,
                    null, null);
            return !cycles.isEmpty() && cycles.get(0).getEventsApplied() == staffCount
                    && Boolean.TRUE.equals(cycles.get(0).getCurrent()) && cycles.get(0).getStaff().size() == staffCount;
        });
    }

    private static final String[] MEMBERS = {"chu-tich", "thu-ky", "uy-vien"};

    private String account(int i) {
        return MEMBERS[i] + "@" + school;
    }

    void council() {
        councilId = retrying(() -> principal().councils.createCouncil(new SessionDraft().schoolYear(YEAR)
                .meetingAt(OffsetDateTime.parse("2023-05-30T07:30:00+07:00")).place("Phòng họp").members(List.of(
                        new MemberDraft().name("Lê Văn Định").position("Chủ tịch Hội đồng").account(account(0)),
                        new MemberDraft().name("Trần Thị Mai").position("Thư ký").account(account(1)),
                        new MemberDraft().name("Phạm Văn Tâm").position("Ủy viên").account(account(2))))
                .chairAccount(account(0)).secretaryAccount(account(1)))).getId();
        itemId = retrying(() -> principal().councils.addAgendaItem(councilId, new ItemDraft()
                .nomineeType(NomineeType.STAFF).nomineeId(staffIds.get(code(1)).toString()).nomineeName("Giáo viên số 1")
                .awardCode(Title.LDTT).method(Method.OPEN))).getId();
        retrying(() -> principal().councils.recordAttendance(councilId, new AttendanceBody().attendance(List.of(
                new Attendance().account(account(0)).present(true), new Attendance().account(account(1)).present(true),
                new Attendance().account(account(2)).present(true)))));
        retrying(() -> principal().councils.openCouncil(councilId));
    }

    void ballots() {
        for (int i = 0; i < MEMBERS.length; i++) {
            Clients member = as(account(i), Set.of("council"), school);
            retrying(() -> {
                member.councils.castBallot(councilId, itemId, new Ballot().choice(Choice.AGREE));
                return null;
            });
        }
        retrying(() -> principal().councils.closeCouncil(councilId));
    }

    void nominate() {
        nominationId = retrying(() -> principal().nominations.createNomination(new NewNomination().unitCode(school)
                .schoolYear(YEAR).nomineeType(NomineeType1.STAFF).nomineeId(staffIds.get(code(1)).toString())
                .nomineeName("Giáo viên số 1").awardCode(Title.LDTT).achievementSummary("Hoàn thành tốt nhiệm vụ")
                .evidence(List.of()))).getId();
    }

    void decide() {
        decisionId = retrying(() -> principal().nominations.decideNominations(new DecideBody()
                .decisionNumber("12/QĐ-" + school).decisionDate(LocalDate.of(2023, 6, 6))
                .signer("Lê Văn Định, Hiệu trưởng").nominationIds(List.of(nominationId)))).getId().toString();
    }

    /** The office's report of the school, from the reporting consumer's read model. */
    Counts report() throws Exception {
        return as("user@PGD-TAMNONG", Set.of("district"), "PGD-TAMNONG").reports.getReport(null, YEAR, school, null)
                .getCurrent();
    }

    /** Staff code → titles eligible for, as award-service computed them. */
    Map<String, List<Title>> eligibility() throws Exception {
        Map<UUID, String> codes = new HashMap<>();
        staffIds.forEach((code, id) -> codes.put(id, code));
        Map<String, List<Title>> titles = new TreeMap<>();
        principal().eligibility.listEligibility(UUID.fromString(cycleId), null, null, null, null, null, null, null,
                null).get(0)
                .getStaff().forEach(s -> titles.put(codes.get(s.getStaffId()), s.getEligible()));
        return titles;
    }
}
