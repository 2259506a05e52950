package kz.qoltanba.bridge.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CompletionException;
import kz.qoltanba.bridge.spi.HostSigningException;
import kz.qoltanba.bridge.spi.NoSuitableCertificateException;
import kz.qoltanba.bridge.spi.UserCancelledException;
import kz.qoltanba.bridge.spi.WrongPasswordException;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {
    private final ErrorMapper mapper = new ErrorMapper();
    private final ObjectMapper json = new ObjectMapper();

    private String text(Object node) throws Exception {
        return json.writeValueAsString(node);
    }

    @Test
    void whenModuleNeutralErrors_thenExactContractForms() throws Exception {
        assertThat(text(mapper.badRequest("The frame is not valid JSON.")))
                .isEqualTo(
                        "{\"success\":false,\"errorCode\":\"BAD_REQUEST\",\"message\":\"The frame is not valid JSON.\"}");
        assertThat(text(mapper.moduleNotFound())).isEqualTo("{\"success\":false,\"errorCode\":\"MODULE_NOT_FOUND\"}");
        assertThat(text(mapper.legacyApiDisabled()))
                .isEqualTo("{\"result\":null,\"secondResult\":null,\"errorCode\":\"LEGACY_API_DISABLED\"}");
    }

    @Test
    void whenCancelled_thenEachModulesCancelForm() throws Exception {
        UserCancelledException cancel = new UserCancelledException("closed");

        assertThat(text(mapper.forFailure(ModuleNames.COMMON_UTILS, cancel)))
                .isEqualTo("{\"code\":\"500\",\"message\":\"action.canceled\"}");
        assertThat(text(mapper.forFailure(ModuleNames.BASICS, new CompletionException(cancel))))
                .isEqualTo("{\"status\":true,\"body\":{}}");
        assertThat(text(mapper.forFailure(ModuleNames.NURSIGN, cancel)))
                .isEqualTo("{\"result\":null,\"errorCode\":1,\"message\":\"action.canceled\"}");
    }

    @Test
    void whenNoSuitableCertificate_thenBasicsSigningFailureAndNurSign8() throws Exception {
        NoSuitableCertificateException none = new NoSuitableCertificateException("none");

        assertThat(text(mapper.forFailure(ModuleNames.BASICS, none)))
                .isEqualTo("{\"status\":false,\"code\":\"SIGNING_FAILURE\",\"message\":\"no suitable certificate\","
                        + "\"details\":\"no suitable certificate\"}");
        assertThat(mapper.forFailure(ModuleNames.NURSIGN, none)
                        .path("errorCode")
                        .asInt())
                .isEqualTo(8);
        assertThat(mapper.forFailure(ModuleNames.NURSIGN, new HostSigningException("x"))
                        .path("errorCode")
                        .asInt())
                .isEqualTo(10);
    }

    @Test
    void whenPasswordIsWrong_thenEachModuleSaysSoInItsForm() throws Exception {
        WrongPasswordException wrong = new WrongPasswordException("wrong password for key.p12");

        assertThat(text(mapper.forFailure(ModuleNames.COMMON_UTILS, wrong)))
                .isEqualTo("{\"code\":\"500\",\"message\":\"wrong password\"}");
        assertThat(text(mapper.forFailure(ModuleNames.BASICS, wrong)))
                .isEqualTo("{\"status\":false,\"code\":\"SIGNING_FAILURE\",\"message\":\"wrong password\","
                        + "\"details\":\"wrong password\"}");
        assertThat(mapper.forFailure(ModuleNames.NURSIGN, wrong)
                        .path("errorCode")
                        .asInt())
                .isEqualTo(17);
    }

    @Test
    void whenHostConditionsForModules_thenBusyAndOriginDeniedInTheirForms() throws Exception {
        assertThat(text(mapper.forModule(ModuleNames.COMMON_UTILS, ErrorCode.BUSY)))
                .isEqualTo("{\"code\":\"500\",\"message\":\"busy\"}");
        assertThat(mapper.forModule(ModuleNames.NURSIGN, ErrorCode.ORIGIN_DENIED)
                        .path("errorCode")
                        .asInt())
                .isEqualTo(14);
        assertThat(text(mapper.forModule("some.bundle.module", ErrorCode.BUSY)))
                .isEqualTo("{\"success\":false,\"errorCode\":\"BUSY\",\"message\":\"busy\"}");
    }

    @Test
    void whenModuleThrowsSomethingElse_thenGenericMessageWithoutDetail() throws Exception {
        String answer = text(mapper.forFailure(ModuleNames.BASICS, new IllegalStateException("/home/u/secret.p12")));

        assertThat(answer).contains("GENERAL_ERROR").contains("internal error").doesNotContain("secret");
    }
}
