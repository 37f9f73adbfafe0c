/**
 * Facebook Pages through the Graph API (PLATFORM-APIS.md §3): {@link
 * org.switchboard.connect.facebook.FacebookConnector} over a client ({@code GraphClient}: URLs, token,
 * budgets, paging), DTO records ({@code GraphDtos}) and a mapper ({@code FacebookMapper}); the stored
 * cursor is our own high-water mark ({@code HighWaterMark}) because Graph's cursors must not be kept.
 * Everything here blocks on the network: background threads only.
 */
package org.switchboard.connect.facebook;
