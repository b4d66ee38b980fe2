package vn.thidua.platform.replay;

/** The replay stopped on an error; the job is stored as failed with the reason. */
public class ReplayFailedException extends RuntimeException {

    private final transient ReplayJob job;

    ReplayFailedException(ReplayJob job, Throwable cause) {
        super("Replay " + job.name() + " failed: " + job.failure(), cause);
        this.job = job;
    }

    public ReplayJob job() {
        return job;
    }
}
