package vn.thidua.plan.document;

import vn.thidua.platform.problem.Problem.FieldError;
import vn.thidua.platform.problem.ProblemException;

import java.util.List;

/** What goes wrong with an uploaded document, as the API answers it. */
public final class DocumentProblems {

    private DocumentProblems() {
    }

    /** 413 for a file over the limit, 422 for anything else that cannot be read; the reason in {@code errors}. */
    public static ProblemException unreadable(UnreadableDocumentException e) {
        int status = e.reason() == UnreadableDocumentException.Reason.TOO_LARGE ? 413 : 422;
        return new ProblemException(status, "unreadable-document", "Không đọc được văn bản (unreadable document)",
                e.getMessage(), List.of(new FieldError("body", e.reason().name())));
    }
}
