/**
 * Live progress (实时进度): tells every signed-in browser, on whichever app node it is connected to, what changed on
 * the shop floor within a second of the commit, as server-sent events. Changes travel between the nodes through
 * PostgreSQL's {@code LISTEN/NOTIFY} (docs/shopfloor.md, "Live progress").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live progress")
package io.atelier.live;
