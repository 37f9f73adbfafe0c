-- Queue at a million cases (docs/performance.md, ADR 0003): every filter and sort reads an index in order.
-- One status with the newest or priority sort: the status-led twins of cases_newest and cases_priority.
CREATE INDEX cases_status_newest ON cases (status, last_activity_at, id);
CREATE INDEX cases_status_priority ON cases (status, priority_key, queue_at, id);
-- "Overdue" and "has an open errand" are rare: read the few cases with open errands instead of walking every case.
CREATE INDEX cases_open_errands ON cases (open_errands, next_errand_due);
