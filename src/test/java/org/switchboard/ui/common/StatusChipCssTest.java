package org.switchboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.CaseStatus;

/** Every status chip (queue rows and the case header) has a colour in the stylesheet. */
class StatusChipCssTest {
    @Test
    void everyStatusHasAChipColourAsClassAndAsPseudoClass() throws IOException {
        String css;
        try (InputStream in = Css.class.getResourceAsStream(Css.STYLESHEET)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(css).as(s.name()).contains(".chip." + Css.status(s)).contains(".chip:" + Css.status(s));
        }
        assertThat(Css.status(CaseStatus.WAITING_CUSTOMER)).isEqualTo("status-waiting-customer");
    }
}
