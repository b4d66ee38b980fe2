package vn.thidua.award.council;

import java.util.UUID;

/**
 * A check another feature makes before a council session opens its vote (the public posting of the nominees must
 * have ended: dossier.PostingGate). Called inside the opening's transaction, with the session locked; throws a
 * ProblemException to refuse. Keeps council from depending on the features that hold such conditions.
 */
public interface OpeningGate {

    void beforeOpening(UUID sessionId);
}
