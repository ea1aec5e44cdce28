package dev.integrations.http.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request that is rejected with the Errors document. Thrown inside a transaction, it rolls the
 * transaction back, so that nothing of a rejected request is stored.
 */
@ApplicationException(rollback = true)
public class ErrorsException extends RuntimeException {

    private final int status;
    private final transient Errors errors;

    public ErrorsException(int status, Errors errors) {
        super(errors.toString(), null, false, false);
        this.status = status;
        this.errors = errors;
    }

    public int status() {
        return status;
    }

    public Errors errors() {
        return errors;
    }
}
