-- TSR classifier (only leaves are selectable) and the suppliers' TSR products with every wizard tab.

CREATE TABLE social_tsr_type (
    id                     TEXT PRIMARY KEY,
    parent_id              TEXT REFERENCES social_tsr_type (id),
    name_ru                TEXT NOT NULL,
    name_kk                TEXT NOT NULL,
    leaf                   BOOLEAN NOT NULL,
    requires_registration  BOOLEAN NOT NULL DEFAULT FALSE,
    -- the characteristic templates of the technical, operational and functional tabs
    template               JSONB NOT NULL DEFAULT '{}',
    -- null when the type needs no accompanying service; else {"types":[...], "places":[...]}
    service                JSONB
);

INSERT INTO social_tsr_type (id, parent_id, name_ru, name_kk, leaf, template, service) VALUES
('hearing', NULL, 'Слуховые аппараты', 'Есту аппараттары', FALSE, '{}', NULL),
('hearing-battery', 'hearing', 'Аккумуляторный слуховой аппарат', 'Аккумуляторлық есту аппараты', TRUE,
 '{"technical":[{"code":"gain","ru":"Максимальное усиление, дБ","kk":"Ең жоғары күшейту, дБ","type":"decimal","required":true},
                {"code":"digital","ru":"Цифровая обработка сигнала","kk":"Сигналды цифрлық өңдеу","type":"checkbox","required":false}],
   "operational":[{"code":"warranty","ru":"Гарантийный срок, мес","kk":"Кепілдік мерзімі, ай","type":"integer","required":true}],
   "functional":[{"code":"programs","ru":"Количество программ","kk":"Бағдарламалар саны","type":"integer","required":true}]}',
 NULL),
('wheelchairs', NULL, 'Кресла-коляски', 'Мүгедектер арбалары', FALSE, '{}', NULL),
('wheelchair-electric', 'wheelchairs', 'Кресло-коляска с электроприводом', 'Электр жетегі бар мүгедектер арбасы', TRUE,
 '{"technical":[{"code":"speed","ru":"Максимальная скорость, км/ч","kk":"Ең жоғары жылдамдық, км/сағ","type":"decimal","required":true}],
   "operational":[{"code":"warranty","ru":"Гарантийный срок, мес","kk":"Кепілдік мерзімі, ай","type":"integer","required":true}],
   "functional":[{"code":"range","ru":"Запас хода, км","kk":"Жүріс қоры, км","type":"integer","required":true}]}',
 '{"types":[{"code":"setup","ru":"Настройка","kk":"Баптау"}],
   "places":[{"code":"city-hospital-1","ru":"Городская больница №1","kk":"№1 қалалық аурухана"}]}');

CREATE TABLE social_product (
    id                       BIGSERIAL PRIMARY KEY,
    supplier_bin             CHAR(12) NOT NULL REFERENCES social_organisation (bin),
    status                   TEXT NOT NULL,
    tsr_type_id              TEXT NOT NULL REFERENCES social_tsr_type (id),
    name_ru                  TEXT NOT NULL DEFAULT '',
    name_kk                  TEXT NOT NULL DEFAULT '',
    description_ru           TEXT NOT NULL DEFAULT '',
    description_kk           TEXT NOT NULL DEFAULT '',
    price                    NUMERIC(14, 2),
    stock_quantity           INTEGER,
    reserved_quantity        INTEGER NOT NULL DEFAULT 0,
    pickup_addresses         TEXT[] NOT NULL DEFAULT '{}',
    manufacturer             TEXT NOT NULL DEFAULT '',
    model                    TEXT NOT NULL DEFAULT '',
    country                  TEXT NOT NULL DEFAULT '',
    image_file_ids           BIGINT[] NOT NULL DEFAULT '{}',
    technical                JSONB NOT NULL DEFAULT '{}',
    operational              JSONB NOT NULL DEFAULT '{}',
    functional               JSONB NOT NULL DEFAULT '{}',
    -- certificates of conformity / declarations: [{kind, number, issueDate, validUntil, issuer, fileId}]
    quality                  JSONB NOT NULL DEFAULT '[]',
    -- {requiresRegistration, number, date, validUntil, fileIds}
    registration             JSONB,
    -- {place, type}
    accompanying_service     JSONB,
    copied_from_id           BIGINT,
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL,
    version                  BIGINT NOT NULL DEFAULT 0,
    CHECK (reserved_quantity >= 0)
);
CREATE INDEX social_product_supplier ON social_product (supplier_bin);
