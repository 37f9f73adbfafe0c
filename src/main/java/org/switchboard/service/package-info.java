/**
 * Use cases, free of JavaFX: each service validates, writes in one transaction, appends to the audit
 * log and publishes an event. Unless a method says otherwise it may be called from any thread except
 * the JavaFX application thread (it touches the database).
 */
package org.switchboard.service;
