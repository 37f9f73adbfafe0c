package org.switchboard.domain;

/**
 * A GeoReport v2 service request ({@code POST requests.json}). {@code lat}/{@code lon} only when the
 * location is known; {@code apiKey} comes from the secret store and is never logged.
 */
public record Open311Request(String endpoint, String serviceCode, String description, Double lat, Double lon,
                             String mediaUrl, String email, String firstName, String apiKey) {
    /** GeoReport v2 limits the description to 4000 characters. */
    public static final int MAX_DESCRIPTION = 4000;

    public Open311Request {
        Require.notBlank(endpoint, "Open311 endpoint");
        Require.notBlank(serviceCode, "Open311 service code");
        description = description == null ? "" : description.length() <= MAX_DESCRIPTION ? description
                : description.substring(0, MAX_DESCRIPTION - 1) + "…";
        mediaUrl = Require.blankToNull(mediaUrl);
        email = Require.blankToNull(email);
        firstName = Require.blankToNull(firstName);
        apiKey = Require.blankToNull(apiKey);
    }

    @Override
    public String toString() {
        return "Open311Request[" + endpoint + ", " + serviceCode + "]";
    }
}
