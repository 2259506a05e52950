package kz.qoltanba.portal.standins;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kz.qoltanba.signing.devpki.Persona;

/**
 * Demo answers of the registers, matching the development PKI: its legal entity (the BIN of
 * {@link Persona#LEGAL_HEAD}) is a TSR supplier in Astana with two real-estate objects; its individual
 * ({@link Persona#INDIVIDUAL_AUTH}) is a recipient entitled to both demo TSR types. The specification's
 * fixture organisation TSR1 (БИН 180540012345) is known too.
 */
final class DevRegisters {
    static final String ASTANA_KATO = "711210000";
    static final String WAREHOUSE = "г. Астана, пр. Абая 10, склад 1";
    static final String AKTOBE = "г. Актобе, ул. Маресьева 5";

    private DevRegisters() {}

    static DemoRegisters data() {
        String devBin = Persona.LEGAL_HEAD.bin().orElseThrow();
        String devHead = Persona.LEGAL_HEAD.iin().orElseThrow();
        String recipient = Persona.INDIVIDUAL_AUTH.iin().orElseThrow();
        RegisteredOrganisation dev = new RegisteredOrganisation(
                devBin,
                "ТОО \"ДЕВ ТЕСТ\"",
                "\"ДЕВ ТЕСТ\" ЖШС",
                "Товарищество с ограниченной ответственностью",
                "2021-05-14",
                "1234-1901-ТОО",
                "Департамент юстиции г. Астаны",
                "г. Астана, ул. Кенесары 40",
                ASTANA_KATO,
                devHead,
                "ЖАКСЫБЕКОВ ЕРЛАН СЕРИКОВИЧ",
                "Директор",
                true);
        RegisteredOrganisation tsr1 = new RegisteredOrganisation(
                "180540012345",
                "ТОО «МедТехСервис»",
                "«МедТехСервис» ЖШС",
                "Товарищество с ограниченной ответственностью",
                "2018-05-03",
                "5678-1901-ТОО",
                "Департамент юстиции г. Астаны",
                "г. Астана, ул. Сыганак 18",
                ASTANA_KATO,
                "850101300111",
                "АХМЕТОВ ЕРЛАН",
                "Директор",
                true);
        List<RealEstateObject> warehouses = List.of(
                new RealEstateObject("21:320:001:100", WAREHOUSE, ASTANA_KATO, "склад"),
                new RealEstateObject("02:036:045:017", AKTOBE, "151010000", "склад"));
        List<Entitlement> rights = List.of(
                new Entitlement("hearing-battery", null, new BigDecimal("59000.00"), 1),
                new Entitlement("wheelchair-electric", null, new BigDecimal("450000.00"), 1));
        return new DemoRegisters(
                Map.of(devBin, dev, tsr1.bin(), tsr1),
                Map.of(devBin, warehouses, tsr1.bin(), warehouses),
                Map.of(recipient, rights, "750505400555", rights));
    }
}
