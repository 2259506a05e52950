package kz.qoltanba.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsrfCheckTest {
    private final CsrfCheck check = new CsrfCheck(List.of("/integrations/"));

    @Test
    void whenTheMethodChangesState_thenTheTokenIsRequired() {
        assertThat(check.applies(HandlerType.POST, "/logout")).isTrue();
        assertThat(check.applies(HandlerType.PUT, "/x")).isTrue();
        assertThat(check.applies(HandlerType.PATCH, "/x")).isTrue();
        assertThat(check.applies(HandlerType.DELETE, "/x")).isTrue();
    }

    @Test
    void whenTheMethodIsSafe_thenNoTokenIsRequired() {
        assertThat(check.applies(HandlerType.GET, "/")).isFalse();
        assertThat(check.applies(HandlerType.HEAD, "/")).isFalse();
        assertThat(check.applies(HandlerType.OPTIONS, "/")).isFalse();
    }

    @Test
    void whenThePathIsDeclaredExempt_thenNoTokenIsRequired() {
        assertThat(check.applies(HandlerType.POST, "/integrations/kazpost/events"))
                .isFalse();
        assertThat(check.applies(HandlerType.POST, "/integration")).isTrue();
    }
}
