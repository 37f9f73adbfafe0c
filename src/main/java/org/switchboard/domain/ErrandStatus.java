package org.switchboard.domain;

/** Where a forwarded case stands with the unit it went to. */
public enum ErrandStatus {
    SENT, ACKNOWLEDGED, IN_PROGRESS, DONE, DECLINED, REDIRECTED;

    public boolean open() {
        return this == SENT || this == ACKNOWLEDGED || this == IN_PROGRESS;
    }
}
