/**
 * Persistence: the embedded H2 database (default) or a team's PostgreSQL server, Flyway migrations,
 * one JDBC repository per aggregate, and the settings file.
 */
package org.switchboard.store;
