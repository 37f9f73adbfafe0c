package org.switchboard.ui.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only web and mail addresses from strangers go to the browser. */
class LinksTest {
    @Test
    void webAndMailAddressesOpen() {
        assertThat(Links.openable("https://www.facebook.com/stadt.beispielstadt/posts/1")).isTrue();
        assertThat(Links.openable("http://example.org")).isTrue();
        assertThat(Links.openable("mailto:umweltamt@beispielstadt.example")).isTrue();
    }

    @Test
    void localFilesScriptsAndNonsenseDoNot() {
        assertThat(Links.openable("file:///etc/passwd")).isFalse();
        assertThat(Links.openable("javascript:alert(1)")).isFalse();
        assertThat(Links.openable("smb://server/share")).isFalse();
        assertThat(Links.openable("not a url at all")).isFalse();
        assertThat(Links.openable(null)).isFalse();
        assertThat(Links.web("mailto:a@b.example")).isFalse();
    }
}
