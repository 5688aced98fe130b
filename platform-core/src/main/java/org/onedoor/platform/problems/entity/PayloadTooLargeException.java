package org.onedoor.platform.problems.entity;

/** A request body, or an uploaded file once unpacked, larger than the endpoint accepts (413). */
public class PayloadTooLargeException extends OneDoorException {

    public PayloadTooLargeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String kind() {
        return "payload-too-large";
    }
}
