package kz.qoltanba.portal.standins;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kz.qoltanba.signing.devpki.Persona;

/**
 * Demo answers of the registers, matching the development PKI: its legal entity (the BIN of
 * {@link Persona#LEGAL_HEAD}) is a TSR supplier in Almaty with two real-estate objects; its individual
 * ({@link Persona#INDIVIDUAL_AUTH}) is a recipient entitled to both demo TSR types. The specification's
 * fixture organisation TSR1 (БИН 180540012345) is known too.
 */
final class DevRegisters {
    static final String ASTANA_KATO = "711210000";
    static final String ALMATY_KATO = "751110000";
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
        RegisteredOrganisation second = new RegisteredOrganisation(
                "190640023453",
                "ТОО \"СОЦПАКЕТ\"",
                "\"СОЦПАКЕТ\" ЖШС",
                "Товарищество с ограниченной ответственностью",
                "2019-06-04",
                "9012-1910-ТОО",
                "Департамент юстиции г. Алматы",
                "г. Алматы, ул. Толе би 101",
                ALMATY_KATO,
                "900202400220",
                "СЕЙТКАЛИ АЙГЕРИМ МАРАТОВНА",
                "Директор",
                true);
        List<RealEstateObject> warehouses = List.of(
                new RealEstateObject("21:320:001:100", WAREHOUSE, ASTANA_KATO, "склад"),
                new RealEstateObject("02:036:045:017", AKTOBE, "151010000", "склад"));
        List<Entitlement> rights = List.of(
                new Entitlement("hearing-battery", null, new BigDecimal("59000.00"), 1),
                new Entitlement("wheelchair-electric", null, new BigDecimal("450000.00"), 1));
        return new DemoRegisters(
                Map.of(devBin, dev, tsr1.bin(), tsr1, second.bin(), second),
                Map.of(
                        devBin,
                        warehouses,
                        tsr1.bin(),
                        warehouses,
                        second.bin(),
                        List.of(new RealEstateObject(
                                "20:311:009:051", "г. Алматы, ул. Толе би 101, склад", ALMATY_KATO, "склад"))),
                Map.of(recipient, rights, "750505400555", rights));
    }
}
