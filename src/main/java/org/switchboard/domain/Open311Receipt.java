package org.switchboard.domain;

/** What an Open311 server answered: a request id, or for batch services a token; maybe a notice. */
public record Open311Receipt(String serviceRequestId, String token, String notice) {
    public Open311Receipt {
        serviceRequestId = Require.blankToNull(serviceRequestId);
        token = Require.blankToNull(token);
        notice = Require.blankToNull(notice);
    }

    /** What to store on the errand: the id, else {@code token:<token>}, else null (a blackbox service). */
    public String externalId() {
        return serviceRequestId != null ? serviceRequestId : token != null ? "token:" + token : null;
    }
}
