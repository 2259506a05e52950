package kz.qoltanba.portal.social;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qoltanba.portal.social.order.OrderStatus;
import org.junit.jupiter.api.Test;

class RuleViolationTest {
    @Test
    void whenAnArgumentIsAStatus_thenEachLanguageGetsItsOwnName() {
        OrderStatus status = OrderStatus.values()[0];
        RuleViolation e =
                new RuleViolation("social.order.wrongStatus", "статус «" + status.label("ru") + "»", status, 3);

        assertThat(e.arguments("kk")).containsExactly(status.label("kk"), 3);
        assertThat(e.arguments("ru")).containsExactly(status.label("ru"), 3);
        assertThat(status.label("kk")).isNotEqualTo(status.label("ru"));
    }
}
