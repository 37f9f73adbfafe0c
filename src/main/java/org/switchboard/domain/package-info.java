/**
 * The domain language of Switchboard: immutable records with validation in their constructors,
 * enums, value objects and the ports (interfaces) through which services reach storage, search and
 * the outside world. Plain Java only: no JavaFX, no JDBC, no HTTP, no JSON library.
 */
package org.switchboard.domain;
