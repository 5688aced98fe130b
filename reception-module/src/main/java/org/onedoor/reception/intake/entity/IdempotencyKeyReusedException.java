package org.onedoor.reception.intake.entity;

import org.onedoor.platform.problems.entity.OneDoorException;

/** An Idempotency-Key already used for a different request: the client must pick a new key. */
public class IdempotencyKeyReusedException extends OneDoorException {

    public IdempotencyKeyReusedException(String key) {
        super("intake.idempotency-key.reused", key);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String kind() {
        return "idempotency-key-reused";
    }
}
