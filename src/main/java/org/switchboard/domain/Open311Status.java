package org.switchboard.domain;

/**
 * What an Open311 server says about one service request ({@code GET requests.json}, GeoReport v2):
 * {@code status} {@code open} or {@code closed}, the city's {@code status_notes} and the
 * {@code agency_responsible}. Ids may come as numbers; they are read as text.
 */
public record Open311Status(String serviceRequestId, String status, String statusNotes, String agencyResponsible) {
    public Open311Status {
        Require.notBlank(serviceRequestId, "service_request_id");
        status = status == null || status.isBlank() ? "open" : status.strip().toLowerCase(java.util.Locale.ROOT);
        statusNotes = Require.blankToNull(statusNotes == null ? null : statusNotes.strip());
        agencyResponsible = Require.blankToNull(agencyResponsible == null ? null : agencyResponsible.strip());
    }

    public boolean closed() {
        return status.equals("closed");
    }
}
