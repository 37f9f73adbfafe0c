/**
 * Bluesky (AT Protocol) connector: {@link org.switchboard.connect.bluesky.BlueskyConnector}.
 *
 * <p>Layout: {@code XrpcClient} (HTTP calls, budgets, chat proxy header), {@code BlueskyRules}
 * (rate-limit headers and the {@code {"error","message"}} body to typed failures), {@code SessionKeeper}
 * (app-password login, refresh, keychain), {@code BlueskyApi} (one method per XRPC method),
 * {@code FeedJson}/{@code ChatJson}/{@code RepoJson} (DTO records), {@code PostMapper}/{@code ChatMapper}/
 * {@code RichText} (to our domain), {@code NotificationStream}/{@code ChatStream} (paging and cursors),
 * {@code ReplySender} with {@code RecordKeys} (exactly-once replies).
 *
 * <p>Decisions, in short (the reasons are on the classes):
 * <ul>
 *   <li>Notifications cursor: a high-water mark {@code <indexedAt>|<uri>}, and a walk state while a
 *       poll pages back through more than one page ({@code NotificationCursor}); it never passes an
 *       undelivered notification.</li>
 *   <li>Chat cursor: the chat service's {@code rev} of a snapshot taken before reading
 *       ({@code ChatStream}).</li>
 *   <li>Public replies use a deterministic TID-shaped record key read back before creating and after
 *       a doubtful failure; direct messages are read back by their words ({@code ReplySender}).</li>
 *   <li>The configured service URL is used for every call; the PDS named in the DID document is not
 *       followed ({@code XrpcClient}).</li>
 * </ul>
 */
package org.switchboard.connect.bluesky;
