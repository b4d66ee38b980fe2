package vn.thidua.award.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.thidua.award.council.CouncilOutcomes;
import vn.thidua.award.people.People;
import vn.thidua.platform.id.TimeOrderedIds;
import vn.thidua.platform.text.Texts;
import vn.thidua.platform.time.TimeSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Opening a posting of a council session's nominees (the principal, before the council meets), receiving comments
 * during it (the school's people online; the principal records those received on paper) and closing it on its last
 * day or later. The council opens its vote only once its posting is closed ({@link PostingGate}).
 */
@ApplicationScoped
@Transactional
class PostingService {

    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 200;

    /** A posting as the principal opens it. */
    record OpenRequest(UUID councilSessionId, LocalDate postedFrom, LocalDate postedTo, String place) {
    }

    /**
     * A comment: about an agenda item of the posting or (none) the list as a whole. {@code authorName} and
     * {@code receivedOn}: only the principal, recording a comment received on paper; otherwise the caller, today.
     */
    record CommentRequest(UUID agendaItemId, String text, String authorName, LocalDate receivedOn) {
    }

    private final CouncilOutcomes council;
    private final PostingAccess access;
    private final People people;
    private final TimeSource time;

    PostingService(CouncilOutcomes council, PostingAccess access, People people, TimeSource time) {
        this.council = council;
        this.access = access;
        this.people = people;
        this.time = time;
    }

    PublicPosting open(OpenRequest request) {
        CouncilOutcomes.SessionSummary session = council.session(request.councilSessionId())
                .filter(s -> access.canRead(s.unitCode()))
                .orElseThrow(() -> PostingProblems.sessionNotFound(request.councilSessionId()));
        access.requirePrincipal(session.unitCode());
        if (!"DRAFT".equals(session.status())) {
            throw PostingProblems.sessionNotInPreparation(session.status());
        }
        if (session.agenda().isEmpty()) {
            throw PostingProblems.emptyAgenda();
        }
        if (request.postedTo().isBefore(request.postedFrom())) {
            throw PostingProblems.periodReversed();
        }
        LocalDate meetingDay = TimeSource.dayInVietnam(session.meetingAt());
        if (!request.postedTo().isBefore(meetingDay)) {
            throw PostingProblems.endsAfterMeeting(meetingDay);
        }
        String place = request.place().strip();
        if (place.length() > MAX_NAME) {
            throw PostingProblems.tooLong("place", MAX_NAME);
        }
        PublicPosting existing = PublicPosting.ofSession(session.id());
        if (existing != null) {
            throw PostingProblems.alreadyPosted(existing.id);
        }
        PublicPosting posting = new PublicPosting();
        posting.id = TimeOrderedIds.next();
        posting.councilSessionId = session.id();
        posting.unitCode = session.unitCode();
        posting.schoolYear = session.schoolYear();
        posting.postedFrom = request.postedFrom();
        posting.postedTo = request.postedTo();
        posting.place = place;
        posting.nominees = session.agenda().stream().map(item -> new PublicPosting.Nominee(item.itemId(),
                item.nomineeType(), item.nomineeId(), "STAFF".equals(item.nomineeType())
                        ? people.nameOr(item.nomineeId(), item.nomineeName()) : item.nomineeName(),
                item.award().name())).toList();
        posting.openedBy = access.actor();
        posting.openedAt = time.now();
        posting.persist();
        // The session's unique key: a second posting another request wrote meanwhile is a 409, not a 500.
        try {
            PublicPosting.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw PostingProblems.alreadyPosted(posting.id);
        }
        return posting;
    }

    PostingComment comment(UUID postingId, CommentRequest request) {
        PublicPosting posting = lock(postingId);
        access.requireComment(posting.unitCode);
        String text = Texts.blankToNull(request.text());
        if (text == null) {
            throw PostingProblems.textRequired();
        }
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            throw PostingProblems.tooLong("text", MAX_TEXT);
        }
        boolean principal = access.isPrincipalOf(posting.unitCode);
        String authorName = Texts.blankToNull(request.authorName());
        if (authorName != null && !principal) {
            throw PostingProblems.onlyPrincipalRecordsOnBehalf("authorName");
        }
        if (request.receivedOn() != null && !principal) {
            throw PostingProblems.onlyPrincipalRecordsOnBehalf("receivedOn");
        }
        if (authorName != null && authorName.strip().length() > MAX_NAME) {
            throw PostingProblems.tooLong("authorName", MAX_NAME);
        }
        LocalDate today = time.today();
        LocalDate received = request.receivedOn() == null ? today : request.receivedOn();
        if (received.isAfter(today)) {
            throw PostingProblems.receivedInFuture();
        }
        PublicPosting.Nominee about = null;
        if (request.agendaItemId() != null) {
            about = posting.nominees.stream().filter(n -> n.itemId().equals(request.agendaItemId())).findFirst()
                    .orElseThrow(() -> PostingProblems.notPosted(request.agendaItemId()));
        }
        if (posting.closed()) {
            throw PostingProblems.closed();
        }
        if (received.isBefore(posting.postedFrom) || received.isAfter(posting.postedTo)) {
            throw PostingProblems.outsidePeriod(received, posting.postedFrom, posting.postedTo);
        }
        PostingComment comment = new PostingComment();
        comment.id = TimeOrderedIds.next();
        comment.postingId = posting.id;
        comment.agendaItemId = about == null ? null : about.itemId();
        comment.aboutName = about == null ? null : about.name();
        comment.author = access.actor();
        comment.authorName = authorName != null ? authorName.strip()
                : access.ownStaffId().flatMap(people::staff).map(s -> s.fullName).orElse(access.actor());
        comment.receivedOn = received;
        comment.recordedBy = access.actor();
        comment.recordedAt = time.now();
        comment.body = text;
        comment.persist();
        return comment;
    }

    PublicPosting close(UUID postingId, String note) {
        PublicPosting posting = lock(postingId);
        access.requirePrincipal(posting.unitCode);
        if (posting.closed()) {
            throw PostingProblems.alreadyClosed();
        }
        if (time.today().isBefore(posting.postedTo)) {
            throw PostingProblems.notEnded(posting.postedTo);
        }
        String closingNote = Texts.blankToNull(note);
        if (closingNote != null && closingNote.strip().length() > MAX_TEXT) {
            throw PostingProblems.tooLong("note", MAX_TEXT);
        }
        posting.closedBy = access.actor();
        posting.closedAt = time.now();
        posting.closingNote = closingNote == null ? null : closingNote.strip();
        return posting;
    }

    /** The posting, locked (a comment and the closing never cross), if the caller may read it; else 404. */
    private PublicPosting lock(UUID id) {
        PublicPosting posting = PublicPosting.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (posting == null || !access.canRead(posting.unitCode)) {
            throw PostingProblems.postingNotFound(id);
        }
        return posting;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    PublicPosting read(UUID id) {
        PublicPosting posting = PublicPosting.findById(id);
        if (posting == null || !access.canRead(posting.unitCode)) {
            throw PostingProblems.postingNotFound(id);
        }
        return posting;
    }

    /** A unit's postings, newest period first; 404-like empty answer is not used: 403 for a unit out of reach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<PublicPosting> list(String unitCode, String schoolYear) {
        if (!access.canRead(unitCode)) {
            throw PostingProblems.onlyTheSchool(unitCode);
        }
        return schoolYear == null
                ? PublicPosting.list("unitCode = ?1 order by postedFrom desc, openedAt desc", unitCode)
                : PublicPosting.list("unitCode = ?1 and schoolYear = ?2 order by postedFrom desc, openedAt desc",
                        unitCode, schoolYear);
    }
}
