package kz.qoltanba.portal.social.supplier;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.qoltanba.portal.social.Actor;
import kz.qoltanba.portal.social.Journal;
import kz.qoltanba.portal.social.RuleViolation;
import kz.qoltanba.portal.standins.OrganisationRegistry;
import kz.qoltanba.portal.standins.RealEstateRegister;
import kz.qoltanba.portal.standins.RegisteredOrganisation;
import kz.qoltanba.portal.standins.StandInUnavailableException;

/**
 * The supplier's organisation: created from ГБД ЮЛ at the first login (R-ORG-01), the public offer accepted
 * before anything else (§3.5), the contact data saved (R-ORG-03), the real-estate addresses refreshed from the
 * register on every profile open (R-ORG-02).
 */
public final class SupplierProfile {
    /** The version of the public offer text the supplier accepts. */
    public static final String OFFER_VERSION = "2024-1";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{10,20}");

    private final Organisations organisations;
    private final OrganisationRegistry registry;
    private final RealEstateRegister realEstate;
    private final Journal journal;
    private final Clock clock;

    public SupplierProfile(
            Organisations organisations,
            OrganisationRegistry registry,
            RealEstateRegister realEstate,
            Journal journal,
            Clock clock) {
        this.organisations = organisations;
        this.registry = registry;
        this.realEstate = realEstate;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * At a supplier's login: the organisation, created from ГБД ЮЛ when new (an unknown BIN gets an empty
     * profile); a liquidated organisation is refused.
     */
    public Organisation enter(Connection c, String bin) throws SQLException {
        Optional<Organisation> known = organisations.find(c, bin);
        if (known.isPresent()) {
            return known.get();
        }
        RegisteredOrganisation registered = registry.find(bin).orElse(null);
        if (registered != null && !registered.active()) {
            throw new RuleViolation(
                    "social.login.liquidated", "Организация с БИН " + bin + " ликвидирована по данным ГБД ЮЛ", bin);
        }
        organisations.insert(c, bin, registered, clock.instant());
        refreshRealEstate(c, bin);
        return organisations.find(c, bin).orElseThrow();
    }

    /**
     * Refreshes the real-estate addresses from the register; when it is down the cached ones stay and the
     * answer is false (the page shows a warning).
     */
    public boolean refreshRealEstate(Connection c, String bin) throws SQLException {
        try {
            organisations.replaceRealEstate(c, bin, realEstate.objectsOf(bin));
            return true;
        } catch (StandInUnavailableException e) {
            return false;
        }
    }

    /** «Принять и продолжить»: only with the box «Принимаю условия Публичного договора» ticked. */
    public void acceptOffer(Connection c, Actor supplier, boolean termsTicked) throws SQLException {
        if (!termsTicked) {
            throw new RuleViolation("social.offer.notTicked", "Отметьте «Принимаю условия Публичного договора»");
        }
        Organisation org = organisations.lock(c, supplier.bin());
        if (org.offerAccepted()) {
            return;
        }
        organisations.acceptOffer(c, supplier.bin(), supplier.iin(), OFFER_VERSION, clock.instant());
        journal.record(c, supplier, "social.offer.accept", "organisation", supplier.bin(), "offer " + OFFER_VERSION);
    }

    /** «Сохранить» on the profile: every required field present and well-formed, or nothing is saved. */
    public void saveContacts(Connection c, Actor supplier, ContactsForm form) throws SQLException {
        requireOffer(c, supplier.bin());
        if (form.serviceForm() == null || ServiceForm.parse(form.serviceForm()).isEmpty()) {
            throw new RuleViolation("social.profile.serviceForm", "Выберите форму оказания услуг");
        }
        if (form.orderTypes() == null || form.orderTypes().isEmpty()) {
            throw new RuleViolation("social.profile.orderTypes", "Выберите хотя бы один тип заказа");
        }
        for (String type : form.orderTypes()) {
            if (DeliveryMethod.parse(type).isEmpty()) {
                throw new RuleViolation("social.profile.orderTypeUnknown", "Неизвестный тип заказа: " + type, type);
            }
        }
        if (form.phone() == null || !PHONE.matcher(form.phone().strip()).matches()) {
            throw new RuleViolation("social.profile.phone", "Укажите телефон, например +7 701 123 4567");
        }
        if (form.email() == null || !EMAIL.matcher(form.email().strip()).matches()) {
            throw new RuleViolation(
                    "social.profile.email", "Укажите адрес электронной почты, например info@example.kz");
        }
        if (form.actualAddress() == null || form.actualAddress().isBlank()) {
            throw new RuleViolation("social.profile.actualAddress", "Укажите фактический адрес");
        }
        organisations.lock(c, supplier.bin());
        organisations.saveContacts(c, supplier.bin(), form, clock.instant());
        journal.record(c, supplier, "social.profile.save", "organisation", supplier.bin(), null);
    }

    /** While the public offer is not accepted no cabinet action is possible (§3.5). */
    public Organisation requireOffer(Connection c, String bin) throws SQLException {
        Organisation org = organisations.lock(c, bin);
        if (!org.offerAccepted()) {
            throw new RuleViolation("social.offer.required", "Сначала примите условия Публичного договора");
        }
        return org;
    }
}
