/**
 * Gazetteer of states and polities that can be parties to a treaty.
 *
 * Hand-written on purpose: no npm package covers historical polities together
 * with the demonyms and metonyms that prose uses for them (`world-countries`
 * and friends cover only current states, with no eras, no "the Porte", no
 * "Whitehall", no "Soviets").
 *
 * Conventions (they follow hand-checked gold labels):
 * - Where Wikidata has a general, continuing country item, that item is used for
 *   every era of the state, and its era-specific names become aliases: Germany
 *   (Q183) for 1871-present incl. 'German Empire', 'Weimar Republic', 'Nazi
 *   Germany'; Japan (Q17) incl. 'Empire of Japan'; United Kingdom (Q145) from
 *   1707, incl. 'Great Britain' and 'England'; France (Q142) for all eras.
 * - Where the identity really changed, there are separate entries with year
 *   ranges (Russia, China, Egypt, Korea, Austria, Serbia/Yugoslavia, ...).
 * - Years are astronomical (1 BC = 0, 1259 BC = -1258) and INCLUSIVE. Two
 *   entries that share any surface form (name, demonym or metonym) never have
 *   overlapping ranges, so "which polity is 'Russia' in year Y" has one answer.
 *   At a change of identity the boundary year goes to the identity that made
 *   that year's treaties: e.g. 1917 goes to Soviet Russia (the armistices of
 *   Brest-Litovsk and Focșani), 1721 to the Tsardom (Nystad precedes the
 *   proclamation of the Empire), 1922 to the RSFSR (Rapallo; the USSR dates from
 *   30 Dec 1922), 1991 to the USSR, 1911 to the Qing, 1949 to the Republic of
 *   China, 1706 to England/Scotland (the Union took effect 1 May 1707), 1866 to
 *   the Austrian Empire (the Compromise is of 1867), 1918 to Austria-Hungary and
 *   the Kingdom of Serbia, 1922 to the Ottoman Empire.
 * - Prussia has two entries (same Wikidata item) split at 1871, so that the
 *   metonym 'Berlin' means Prussia before 1871 and Germany from 1871.
 * - Spain (Q29) starts in 1479 (dynastic union of Castile and Aragon), so that
 *   'Spain' in prose about Tordesillas (1494) resolves; the Crowns of Castile
 *   and Aragon keep their own names until the Nueva Planta decrees (1715/1716).
 * - Names are matched case-sensitively on word boundaries, longest first, so
 *   multiword forms are listed ('Kingdom of Prussia', 'Dual Monarchy').
 * - Ambiguous adjectives are left out on purpose: 'Roman' (Roman Catholic,
 *   Roman law), 'Korean' after 1948 (North or South?), 'Congolese' (two
 *   Congos), 'Dominican' for Dominica (clashes with the Dominican Republic),
 *   'Boer' (two Boer republics), 'Indian(s)' for British India (Native
 *   Americans in 19th-century US treaties), 'Georgian' for Kartli-Kakheti.
 *   Ambiguous capitals are left out as metonyms: 'Victoria', 'Kingston',
 *   'Nassau', 'Wellington' (the Duke), 'Thebes' (Egypt or Boeotia), 'Kyoto'
 *   (the Protocol).
 * - Collectives ('Allies', 'Axis', 'Central Powers', 'Entente', 'League of
 *   Nations', 'Hanseatic League') are not polities and are not listed.
 * - Wikidata ids are given only where they could be confirmed; otherwise null.
 */

/** A state or polity that can be a party to a treaty. */
export interface Polity {
  /** Stable kebab-case id, e.g. 'soviet-union'. Unique. */
  readonly id: string;
  /** Canonical English name, e.g. 'Soviet Union'. */
  readonly name: string;
  /** Wikidata Q-id, or null when you are not sure of it. */
  readonly wikidata: string | null;
  /** Proper names and short forms as they appear in English prose (case-sensitive, as capitalised in text), INCLUDING the canonical name. e.g. ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics']. */
  readonly names: readonly string[];
  /** Adjective/demonym forms, singular and plural, e.g. ['Soviet', 'Soviets']; ['Japanese']; ['British', 'Briton', 'Britons']. */
  readonly demonyms: readonly string[];
  /** Metonyms: capital city and seat of government used for the state in prose, e.g. ['Moscow', 'Kremlin']; ['Tokyo']; ['London', 'Whitehall']; ['Washington']; ['Berlin', 'Reich']. */
  readonly metonyms: readonly string[];
  /** First and last year (astronomical numbering: 1 BC = 0, 1259 BC = -1258) the polity existed under this identity; omit when open-ended. */
  readonly from?: number;
  readonly to?: number;
}

interface Extra {
  /** further names (the canonical name is added automatically) */
  readonly n?: readonly string[];
  /** demonyms */
  readonly d?: readonly string[];
  /** metonyms */
  readonly m?: readonly string[];
  readonly from?: number;
  readonly to?: number;
}

function p(id: string, name: string, wikidata: string | null, x: Extra = {}): Polity {
  const names = x.n ?? [];
  return {
    id,
    name,
    wikidata,
    names: names.includes(name) ? names : [name, ...names],
    demonyms: x.d ?? [],
    metonyms: x.m ?? [],
    ...(x.from === undefined ? {} : { from: x.from }),
    ...(x.to === undefined ? {} : { to: x.to }),
  };
}

export const polities: readonly Polity[] = [
  // ── Ancient Near East and Mediterranean ───────────────────────────────────
  // Q1015243 is the id the gold labels give for the Hittite Empire; it could not be confirmed independently.
  p('hittite-empire', 'Hittite Empire', 'Q1015243', { n: ['Hittites', 'Hatti', 'Land of Hatti', 'Hittite kingdom', 'Hittite Kingdom'], d: ['Hittite'], m: ['Hattusa', 'Hattusas', 'Hattuša'], from: -1649, to: -1177 }),
  // Ancient Egypt as a whole (the general item); 'New Kingdom of Egypt' (Q180568) is kept as an alias.
  p('ancient-egypt', 'Egypt', 'Q11768', { n: ['Ancient Egypt', 'New Kingdom of Egypt', 'Egyptian Empire', 'Pharaonic Egypt'], d: ['Egyptian', 'Egyptians'], from: -3149, to: -29 }),
  p('mitanni', 'Mitanni', null, { n: ['Kingdom of Mitanni', 'Hanigalbat'], from: -1599, to: -1259 }),
  p('assyria', 'Assyria', null, { n: ['Assyrian Empire', 'Neo-Assyrian Empire'], d: ['Assyrian', 'Assyrians'], m: ['Nineveh'], from: -2024, to: -608 }),
  p('babylonia', 'Babylonia', 'Q47690', { n: ['Babylon', 'Neo-Babylonian Empire', 'Babylonian Empire'], d: ['Babylonian', 'Babylonians'], from: -1894, to: -538 }),
  p('achaemenid-empire', 'Achaemenid Empire', 'Q389688', { n: ['Persian Empire', 'Achaemenid Persia', 'Persia'], d: ['Persian', 'Persians', 'Achaemenid'], m: ['Persepolis', 'Susa'], from: -549, to: -329 }),
  p('classical-athens', 'Athens', 'Q844930', { n: ['Classical Athens', 'Athenian Empire'], d: ['Athenian', 'Athenians'], from: -507, to: -321 }),
  p('sparta', 'Sparta', 'Q5690', { n: ['Lacedaemon'], d: ['Spartan', 'Spartans', 'Lacedaemonian', 'Lacedaemonians'], from: -899, to: -191 }),
  p('macedon', 'Macedon', 'Q83958', { n: ['Macedonia', 'Kingdom of Macedon', 'Kingdom of Macedonia', 'Macedonian Empire'], d: ['Macedonian', 'Macedonians'], m: ['Pella'], from: -807, to: -167 }),
  p('ptolemaic-kingdom', 'Ptolemaic Kingdom', 'Q2320005', { n: ['Ptolemaic Egypt'], d: ['Ptolemaic'], from: -304, to: -29 }),
  p('seleucid-empire', 'Seleucid Empire', null, { n: ['Seleucid Kingdom', 'Seleucids'], d: ['Seleucid'], from: -311, to: -62 }),
  p('carthage', 'Carthage', 'Q2429397', { n: ['Ancient Carthage', 'Carthaginian Empire', 'Carthaginian Republic'], d: ['Carthaginian', 'Carthaginians'], from: -813, to: -145 }),
  // 'Roman' is deliberately not a demonym (Roman Catholic, Roman law, Roman numerals).
  p('roman-republic', 'Roman Republic', 'Q17167', { n: ['Rome', 'Republic of Rome'], d: ['Romans'], from: -508, to: -27 }),
  p('roman-empire', 'Roman Empire', 'Q2277', { n: ['Rome', 'Imperial Rome'], d: ['Romans'], from: -26, to: 476 }),
  p('western-roman-empire', 'Western Roman Empire', 'Q42834', { n: ['Western Empire'], m: ['Ravenna'], from: 395, to: 476 }),
  p('parthian-empire', 'Parthian Empire', null, { n: ['Parthia', 'Arsacid Empire'], d: ['Parthian', 'Parthians'], m: ['Ctesiphon'], from: -246, to: 223 }),
  p('sasanian-empire', 'Sasanian Empire', 'Q83891', { n: ['Sassanid Empire', 'Sasanian Persia', 'Sassanian Empire', 'Persia'], d: ['Persian', 'Persians', 'Sasanian', 'Sasanians', 'Sassanid', 'Sassanids'], m: ['Ctesiphon'], from: 224, to: 651 }),
  // 'Constantinople' is given to the Ottoman Empire (far more treaties); Byzantium keeps its own names.
  p('byzantine-empire', 'Byzantine Empire', 'Q12544', { n: ['Byzantium', 'Eastern Roman Empire'], d: ['Byzantine', 'Byzantines'], from: 395, to: 1453 }),

  // ── Early medieval ─────────────────────────────────────────────────────────
  p('rashidun-caliphate', 'Rashidun Caliphate', 'Q12490507', { m: ['Medina'], from: 632, to: 661 }),
  p('umayyad-caliphate', 'Umayyad Caliphate', 'Q8575586', { n: ['Umayyads'], d: ['Umayyad'], m: ['Damascus'], from: 661, to: 750 }),
  p('abbasid-caliphate', 'Abbasid Caliphate', 'Q12536', { n: ['Abbasids'], d: ['Abbasid'], m: ['Baghdad'], from: 750, to: 1258 }),
  p('fatimid-caliphate', 'Fatimid Caliphate', 'Q160307', { n: ['Fatimids'], d: ['Fatimid'], from: 909, to: 1171 }),
  p('caliphate-of-cordoba', 'Caliphate of Córdoba', null, { n: ['Caliphate of Cordoba'], from: 929, to: 1031 }),
  p('francia', 'Francia', 'Q146246', { n: ['Frankish Kingdom', 'Kingdom of the Franks', 'Franks'], d: ['Frankish'], from: 481, to: 843 }),
  p('carolingian-empire', 'Carolingian Empire', 'Q31929', { n: ['Frankish Empire'], d: ['Carolingian'], from: 800, to: 888 }),
  p('west-francia', 'West Francia', 'Q46370', { from: 843, to: 987 }),
  p('east-francia', 'East Francia', null, { from: 843, to: 962 }),
  p('wessex', 'Wessex', 'Q105313', { n: ['Kingdom of Wessex'], from: 519, to: 927 }),
  p('first-bulgarian-empire', 'First Bulgarian Empire', null, { n: ['Bulgaria'], d: ['Bulgarian', 'Bulgarians', 'Bulgar', 'Bulgars'], m: ['Pliska', 'Preslav'], from: 681, to: 1018 }),
  p('kievan-rus', "Kievan Rus'", 'Q1108445', { n: ['Kievan Rus', "Rus'"], m: ['Kiev'], from: 882, to: 1240 }),
  p('duchy-of-normandy', 'Duchy of Normandy', null, { n: ['Normandy'], d: ['Norman', 'Normans'], m: ['Rouen'], from: 911, to: 1204 }),

  // ── High and late medieval ─────────────────────────────────────────────────
  p('holy-roman-empire', 'Holy Roman Empire', 'Q12548', { n: ['Empire', 'Holy Roman Empire of the German Nation'], d: ['imperial', 'Imperial'], m: ['Emperor'], from: 962, to: 1806 }),
  p('kingdom-of-england', 'Kingdom of England', 'Q179876', { n: ['England'], d: ['English', 'Englishman', 'Englishmen'], m: ['London', 'Westminster', 'Whitehall'], from: 927, to: 1706 }),
  p('kingdom-of-scotland', 'Kingdom of Scotland', 'Q230791', { n: ['Scotland'], d: ['Scottish', 'Scots'], m: ['Edinburgh'], from: 843, to: 1706 }),
  p('principality-of-wales', 'Principality of Wales', 'Q1483510', { n: ['Wales'], d: ['Welsh'], from: 1216, to: 1542 }),
  p('kingdom-of-ireland', 'Kingdom of Ireland', 'Q215530', { n: ['Ireland'], d: ['Irish'], from: 1542, to: 1800 }),
  p('duchy-of-burgundy', 'Duchy of Burgundy', null, { n: ['Burgundy', 'Burgundian State', 'Burgundian Netherlands'], d: ['Burgundian', 'Burgundians'], m: ['Dijon'], from: 1032, to: 1477 }),
  p('duchy-of-brittany', 'Duchy of Brittany', null, { n: ['Brittany'], d: ['Breton', 'Bretons'], from: 939, to: 1547 }),
  p('county-of-flanders', 'County of Flanders', null, { n: ['Flanders'], d: ['Flemish'], from: 862, to: 1795 }),
  p('kingdom-of-leon', 'Kingdom of León', null, { n: ['Kingdom of Leon'], from: 910, to: 1230 }),
  p('crown-of-castile', 'Crown of Castile', 'Q217196', { n: ['Castile', 'Kingdom of Castile', 'Castile and León', 'Castile and Leon'], d: ['Castilian', 'Castilians'], from: 1065, to: 1715 }),
  p('crown-of-aragon', 'Crown of Aragon', 'Q204920', { n: ['Aragon', 'Kingdom of Aragon'], d: ['Aragonese'], from: 1162, to: 1716 }),
  p('kingdom-of-navarre', 'Kingdom of Navarre', 'Q200262', { n: ['Navarre'], d: ['Navarrese'], m: ['Pamplona'], from: 824, to: 1841 }),
  p('emirate-of-granada', 'Emirate of Granada', 'Q238445', { n: ['Granada', 'Nasrid Kingdom of Granada', 'Kingdom of Granada'], d: ['Nasrid'], from: 1230, to: 1492 }),
  p('kingdom-of-sicily', 'Kingdom of Sicily', 'Q188586', { n: ['Sicily'], d: ['Sicilian', 'Sicilians'], m: ['Palermo'], from: 1130, to: 1815 }),
  p('kingdom-of-naples', 'Kingdom of Naples', 'Q173065', { n: ['Naples'], d: ['Neapolitan', 'Neapolitans'], from: 1282, to: 1815 }),
  p('kingdom-of-jerusalem', 'Kingdom of Jerusalem', 'Q55502', { n: ['Latin Kingdom of Jerusalem'], from: 1099, to: 1291 }),
  p('latin-empire', 'Latin Empire', 'Q178897', { n: ['Latin Empire of Constantinople'], from: 1204, to: 1261 }),
  p('seljuk-empire', 'Seljuk Empire', null, { n: ['Great Seljuk Empire'], from: 1037, to: 1194 }),
  p('sultanate-of-rum', 'Sultanate of Rum', null, { n: ['Seljuks of Rum'], m: ['Konya'], from: 1077, to: 1308 }),
  p('ayyubid-sultanate', 'Ayyubid Sultanate', null, { n: ['Ayyubids'], d: ['Ayyubid'], from: 1171, to: 1260 }),
  p('mamluk-sultanate', 'Mamluk Sultanate', null, { n: ['Mamluks', 'Mamelukes', 'Egypt'], d: ['Mamluk', 'Egyptian', 'Egyptians'], m: ['Cairo'], from: 1250, to: 1517 }),
  p('mongol-empire', 'Mongol Empire', 'Q12557', { n: ['Mongols'], d: ['Mongol'], m: ['Karakorum'], from: 1206, to: 1368 }),
  p('golden-horde', 'Golden Horde', null, { n: ['Ulus of Jochi', 'Kipchak Khanate'], from: 1242, to: 1502 }),
  p('timurid-empire', 'Timurid Empire', 'Q484195', { n: ['Timurids'], d: ['Timurid'], m: ['Samarkand'], from: 1370, to: 1507 }),
  p('kingdom-of-georgia', 'Kingdom of Georgia', 'Q154667', { n: ['Georgia'], d: ['Georgian', 'Georgians'], m: ['Tbilisi', 'Tiflis'], from: 1008, to: 1490 }),
  p('second-bulgarian-empire', 'Second Bulgarian Empire', 'Q420759', { n: ['Bulgaria'], d: ['Bulgarian', 'Bulgarians'], m: ['Tarnovo', 'Veliko Tarnovo'], from: 1185, to: 1396 }),
  p('serbian-empire', 'Serbian Empire', null, { n: ['Serbian Tsardom', 'Dušan\'s Empire'], from: 1346, to: 1371 }),
  p('novgorod-republic', 'Novgorod Republic', 'Q151536', { n: ['Novgorod', 'Lord Novgorod the Great'], d: ['Novgorodian', 'Novgorodians'], from: 1136, to: 1478 }),
  p('grand-duchy-of-moscow', 'Grand Duchy of Moscow', 'Q170770', { n: ['Muscovy', 'Grand Principality of Moscow', 'Principality of Moscow'], d: ['Muscovite', 'Muscovites'], m: ['Moscow', 'Kremlin'], from: 1283, to: 1546 }),
  p('grand-duchy-of-lithuania', 'Grand Duchy of Lithuania', null, { n: ['Lithuania'], d: ['Lithuanian', 'Lithuanians'], m: ['Vilnius', 'Vilna', 'Wilno'], from: 1236, to: 1795 }),
  p('teutonic-order', 'State of the Teutonic Order', null, { n: ['Teutonic Order', 'Teutonic Knights', 'Teutonic Order State'], m: ['Marienburg'], from: 1230, to: 1525 }),
  p('kingdom-of-bohemia', 'Kingdom of Bohemia', 'Q42585', { n: ['Bohemia'], d: ['Bohemian', 'Bohemians'], from: 1198, to: 1918 }),
  p('republic-of-florence', 'Republic of Florence', 'Q148540', { n: ['Florence', 'Florentine Republic'], d: ['Florentine', 'Florentines'], from: 1115, to: 1532 }),
  p('delhi-sultanate', 'Delhi Sultanate', null, { from: 1206, to: 1526 }),
  p('mali-empire', 'Mali Empire', 'Q184536', { n: ['Mali'], from: 1226, to: 1670 }),
  p('aztec-empire', 'Aztec Empire', 'Q2608489', { n: ['Aztecs', 'Mexica'], d: ['Aztec'], m: ['Tenochtitlan', 'Tenochtitlán'], from: 1428, to: 1521 }),
  p('inca-empire', 'Inca Empire', null, { n: ['Incas', 'Tawantinsuyu'], d: ['Inca'], m: ['Cusco', 'Cuzco'], from: 1438, to: 1533 }),

  // ── Italy before unification ───────────────────────────────────────────────
  p('republic-of-venice', 'Republic of Venice', 'Q4948', { n: ['Venice', 'Venetian Republic', 'Most Serene Republic of Venice', 'Serenissima'], d: ['Venetian', 'Venetians'], from: 697, to: 1797 }),
  p('republic-of-genoa', 'Republic of Genoa', 'Q174306', { n: ['Genoa', 'Genoese Republic'], d: ['Genoese'], from: 1005, to: 1797 }),
  p('duchy-of-milan', 'Duchy of Milan', null, { n: ['Milan'], d: ['Milanese'], from: 1395, to: 1797 }),
  p('duchy-of-mantua', 'Duchy of Mantua', null, { n: ['Mantua'], d: ['Mantuan'], from: 1530, to: 1708 }),
  p('duchy-of-parma', 'Duchy of Parma', null, { n: ['Parma', 'Duchy of Parma and Piacenza'], from: 1545, to: 1859 }),
  p('duchy-of-modena', 'Duchy of Modena', null, { n: ['Modena', 'Duchy of Modena and Reggio'], from: 1452, to: 1859 }),
  p('grand-duchy-of-tuscany', 'Grand Duchy of Tuscany', 'Q154849', { n: ['Tuscany'], d: ['Tuscan', 'Tuscans'], m: ['Florence'], from: 1569, to: 1859 }),
  p('duchy-of-savoy', 'Duchy of Savoy', null, { n: ['Savoy'], d: ['Savoyard', 'Savoyards'], m: ['Turin'], from: 1416, to: 1719 }),
  p('kingdom-of-sardinia', 'Kingdom of Sardinia', 'Q165154', { n: ['Sardinia', 'Piedmont', 'Piedmont-Sardinia', 'Sardinia-Piedmont', 'Kingdom of Piedmont-Sardinia'], d: ['Sardinian', 'Sardinians', 'Piedmontese'], m: ['Turin'], from: 1720, to: 1860 }),
  p('two-sicilies', 'Kingdom of the Two Sicilies', null, { n: ['Two Sicilies'], d: ['Neapolitan', 'Neapolitans'], m: ['Naples'], from: 1816, to: 1861 }),
  p('papal-states', 'Papal States', 'Q170174', { n: ['States of the Church', 'Papal State', 'Church State', 'Ecclesiastical States'], from: 754, to: 1870 }),
  p('holy-see', 'Holy See', 'Q159583', { n: ['Papacy', 'Apostolic See'], d: ['Papal', 'papal'], m: ['Vatican'] }),
  p('vatican-city', 'Vatican City', 'Q237', { n: ['Vatican City State', 'State of the Vatican City'], from: 1929 }),
  p('kingdom-of-italy-napoleonic', 'Napoleonic Kingdom of Italy', null, { n: ['Kingdom of Italy'], from: 1805, to: 1814 }),
  p('cisalpine-republic', 'Cisalpine Republic', null, { from: 1797, to: 1802 }),
  p('republic-of-ragusa', 'Republic of Ragusa', null, { n: ['Ragusa'], d: ['Ragusan', 'Ragusans'], from: 1358, to: 1808 }),

  // ── Western Europe ─────────────────────────────────────────────────────────
  p('france', 'France', 'Q142', { n: ['Kingdom of France', 'French Republic', 'French Empire', 'First French Empire', 'Second French Empire', 'French Third Republic', 'French Fourth Republic', 'French Fifth Republic', 'Vichy France', 'French State', 'July Monarchy'], d: ['French', 'Frenchman', 'Frenchmen'], m: ['Paris', "Quai d'Orsay", 'Élysée', 'Elysée', 'Vichy'] }),
  p('united-kingdom', 'United Kingdom', 'Q145', { n: ['Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom of Great Britain and Ireland', 'United Kingdom of Great Britain and Northern Ireland', 'Kingdom of Great Britain', 'British Empire', 'England'], d: ['British', 'Briton', 'Britons', 'English', 'Englishman', 'Englishmen'], m: ['London', 'Whitehall', 'Westminster', 'Downing Street'], from: 1707 }),
  p('irish-free-state', 'Irish Free State', null, { n: ['Ireland', 'Saorstát Éireann'], d: ['Irish'], m: ['Dublin'], from: 1922, to: 1937 }),
  p('ireland', 'Ireland', 'Q27', { n: ['Republic of Ireland', 'Éire', 'Eire'], d: ['Irish'], m: ['Dublin'], from: 1938 }),
  p('spain', 'Spain', 'Q29', { n: ['Kingdom of Spain', 'Spanish Empire', 'Spanish Monarchy', 'Hispanic Monarchy', 'Spanish Republic', 'Second Spanish Republic'], d: ['Spanish', 'Spaniard', 'Spaniards'], m: ['Madrid', 'Escorial'], from: 1479 }),
  p('portugal', 'Portugal', 'Q45', { n: ['Kingdom of Portugal', 'Portuguese Empire', 'Portuguese Republic'], d: ['Portuguese'], m: ['Lisbon'] }),
  p('dutch-republic', 'Dutch Republic', 'Q170072', { n: ['United Provinces', 'Republic of the Seven United Netherlands', 'Republic of the United Provinces', 'Seven United Provinces', 'Holland', 'States General'], d: ['Dutch'], m: ['The Hague'], from: 1581, to: 1795 }),
  p('batavian-republic', 'Batavian Republic', null, { n: ['Batavian Commonwealth'], d: ['Batavian'], from: 1795, to: 1806 }),
  p('kingdom-of-holland', 'Kingdom of Holland', null, { from: 1806, to: 1810 }),
  p('netherlands', 'Netherlands', 'Q55', { n: ['Kingdom of the Netherlands', 'United Kingdom of the Netherlands', 'Holland', 'The Netherlands'], d: ['Dutch'], m: ['The Hague', 'Amsterdam'], from: 1815 }),
  p('spanish-netherlands', 'Spanish Netherlands', null, { from: 1556, to: 1714 }),
  p('austrian-netherlands', 'Austrian Netherlands', null, { from: 1714, to: 1797 }),
  p('belgium', 'Belgium', 'Q31', { n: ['Kingdom of Belgium'], d: ['Belgian', 'Belgians'], m: ['Brussels'], from: 1830 }),
  p('luxembourg', 'Luxembourg', 'Q32', { n: ['Grand Duchy of Luxembourg'], d: ['Luxembourger', 'Luxembourgers', 'Luxembourgish'], from: 1815 }),
  p('switzerland', 'Switzerland', 'Q39', { n: ['Swiss Confederation', 'Old Swiss Confederacy', 'Swiss Confederacy', 'Helvetic Confederation'], d: ['Swiss'], m: ['Bern', 'Berne'] }),
  p('helvetic-republic', 'Helvetic Republic', null, { from: 1798, to: 1803 }),
  p('monaco', 'Monaco', 'Q235', { n: ['Principality of Monaco'], d: ['Monégasque', 'Monegasque', 'Monegasques'] }),
  p('andorra', 'Andorra', 'Q228', { n: ['Principality of Andorra'], d: ['Andorran', 'Andorrans'], m: ['Andorra la Vella'] }),
  p('liechtenstein', 'Liechtenstein', 'Q347', { n: ['Principality of Liechtenstein'], d: ['Liechtensteiner', 'Liechtensteiners'], m: ['Vaduz'], from: 1719 }),
  p('san-marino', 'San Marino', 'Q238', { n: ['Republic of San Marino'], d: ['Sammarinese'] }),
  p('hospitaller-malta', 'Hospitaller Malta', null, { n: ['Knights Hospitaller', 'Knights of Malta', 'Order of Saint John', 'Order of St. John', 'Sovereign Military Order of Malta'], from: 1530, to: 1798 }),
  p('malta', 'Malta', 'Q233', { n: ['Republic of Malta'], d: ['Maltese'], m: ['Valletta'], from: 1964 }),
  p('italy', 'Italy', 'Q38', { n: ['Kingdom of Italy', 'Italian Republic', 'Fascist Italy'], d: ['Italian', 'Italians'], m: ['Rome', 'Palazzo Chigi'], from: 1861 }),

  // ── German lands ───────────────────────────────────────────────────────────
  p('brandenburg', 'Brandenburg', null, { n: ['Margraviate of Brandenburg', 'Electorate of Brandenburg', 'Brandenburg-Prussia'], m: ['Berlin'], from: 1157, to: 1700 }),
  p('duchy-of-prussia', 'Duchy of Prussia', null, { n: ['Ducal Prussia'], d: ['Prussian', 'Prussians'], m: ['Königsberg', 'Konigsberg'], from: 1525, to: 1700 }),
  // Prussia is split at 1871 so that 'Berlin' means Prussia before 1871 and Germany after it.
  p('prussia', 'Prussia', 'Q27306', { n: ['Kingdom of Prussia'], d: ['Prussian', 'Prussians'], m: ['Berlin', 'Potsdam'], from: 1701, to: 1870 }),
  p('prussia-in-german-empire', 'Prussia', 'Q27306', { n: ['Kingdom of Prussia', 'Free State of Prussia'], d: ['Prussian', 'Prussians'], from: 1871, to: 1918 }),
  p('duchy-of-bavaria', 'Duchy of Bavaria', 'Q47261', { n: ['Bavaria'], d: ['Bavarian', 'Bavarians'], m: ['Munich'], from: 1180, to: 1622 }),
  p('electorate-of-bavaria', 'Electorate of Bavaria', null, { n: ['Bavaria'], d: ['Bavarian', 'Bavarians'], m: ['Munich'], from: 1623, to: 1805 }),
  p('kingdom-of-bavaria', 'Kingdom of Bavaria', null, { n: ['Bavaria'], d: ['Bavarian', 'Bavarians'], m: ['Munich'], from: 1806, to: 1918 }),
  p('electorate-of-saxony', 'Electorate of Saxony', null, { n: ['Saxony'], d: ['Saxon', 'Saxons'], m: ['Dresden'], from: 1356, to: 1805 }),
  p('kingdom-of-saxony', 'Kingdom of Saxony', 'Q153015', { n: ['Saxony'], d: ['Saxon', 'Saxons'], m: ['Dresden'], from: 1806, to: 1918 }),
  p('electorate-of-hanover', 'Electorate of Hanover', null, { n: ['Hanover', 'Brunswick-Lüneburg', 'Electorate of Brunswick-Lüneburg'], d: ['Hanoverian', 'Hanoverians'], from: 1692, to: 1813 }),
  p('kingdom-of-hanover', 'Kingdom of Hanover', null, { n: ['Hanover'], d: ['Hanoverian', 'Hanoverians'], from: 1814, to: 1866 }),
  p('wurttemberg', 'Württemberg', null, { n: ['Wurttemberg', 'Wuerttemberg', 'Kingdom of Württemberg', 'Duchy of Württemberg'], d: ['Württemberger', 'Württembergers'], m: ['Stuttgart'], from: 1495, to: 1918 }),
  p('baden', 'Baden', null, { n: ['Grand Duchy of Baden', 'Margraviate of Baden'], m: ['Karlsruhe'], from: 1112, to: 1918 }),
  p('hesse-kassel', 'Hesse-Kassel', null, { n: ['Hesse-Cassel', 'Landgraviate of Hesse-Kassel', 'Electorate of Hesse'], from: 1567, to: 1866 }),
  p('hesse-darmstadt', 'Hesse-Darmstadt', null, { n: ['Landgraviate of Hesse-Darmstadt', 'Grand Duchy of Hesse'], from: 1567, to: 1918 }),
  p('electoral-palatinate', 'Electoral Palatinate', null, { n: ['Palatinate', 'Rhenish Palatinate'], m: ['Heidelberg'], from: 1085, to: 1803 }),
  p('north-german-confederation', 'North German Confederation', null, { from: 1867, to: 1870 }),
  p('germany', 'Germany', 'Q183', { n: ['German Reich', 'German Empire', 'Imperial Germany', 'Weimar Republic', 'Weimar Germany', 'Nazi Germany', 'Third Reich', 'Federal Republic of Germany'], d: ['German', 'Germans'], m: ['Berlin', 'Reich', 'Wilhelmstrasse'], from: 1871 }),
  p('west-germany', 'West Germany', 'Q713750', { n: ['FRG', 'Bonn Republic'], d: ['West German', 'West Germans'], m: ['Bonn'], from: 1949, to: 1990 }),
  p('east-germany', 'East Germany', 'Q16957', { n: ['German Democratic Republic', 'GDR', 'DDR'], d: ['East German', 'East Germans'], m: ['East Berlin', 'Pankow'], from: 1949, to: 1990 }),

  // ── Habsburg lands, Central Europe ─────────────────────────────────────────
  p('habsburg-monarchy', 'Habsburg Monarchy', 'Q153136', { n: ['Austria', 'Habsburg Empire', 'Austrian Monarchy', 'Austrian Habsburgs', 'Archduchy of Austria'], d: ['Austrian', 'Austrians', 'Habsburg', 'Habsburgs'], m: ['Vienna', 'Hofburg'], from: 1526, to: 1803 }),
  p('austrian-empire', 'Austrian Empire', 'Q131964', { n: ['Austria', 'Empire of Austria'], d: ['Austrian', 'Austrians'], m: ['Vienna', 'Ballhausplatz'], from: 1804, to: 1866 }),
  p('austria-hungary', 'Austria-Hungary', 'Q28513', { n: ['Austro-Hungarian Empire', 'Austro-Hungarian Monarchy', 'Dual Monarchy', 'Austria–Hungary', 'Austria'], d: ['Austro-Hungarian', 'Austrian', 'Austrians'], m: ['Vienna', 'Ballhausplatz'], from: 1867, to: 1918 }),
  p('austria', 'Austria', 'Q40', { n: ['Republic of Austria', 'German-Austria', 'Republic of German-Austria', 'First Austrian Republic'], d: ['Austrian', 'Austrians'], m: ['Vienna', 'Ballhausplatz'], from: 1919 }),
  p('hungary', 'Hungary', 'Q28', { n: ['Kingdom of Hungary', "Hungarian People's Republic", 'Republic of Hungary'], d: ['Hungarian', 'Hungarians', 'Magyar', 'Magyars'], m: ['Budapest'] }),
  p('transylvania', 'Principality of Transylvania', null, { n: ['Transylvania'], d: ['Transylvanian', 'Transylvanians'], from: 1570, to: 1711 }),
  p('czechoslovakia', 'Czechoslovakia', 'Q33946', { n: ['Czecho-Slovakia', 'Czechoslovak Republic', 'Czechoslovak Socialist Republic', 'Czech and Slovak Federative Republic'], d: ['Czechoslovak', 'Czechoslovaks', 'Czechoslovakian', 'Czechoslovakians'], m: ['Prague'], from: 1918, to: 1992 }),
  p('protectorate-of-bohemia-and-moravia', 'Protectorate of Bohemia and Moravia', 'Q152750', { from: 1939, to: 1945 }),
  p('czech-republic', 'Czech Republic', 'Q213', { n: ['Czechia'], d: ['Czech', 'Czechs'], m: ['Prague'], from: 1993 }),
  p('slovakia', 'Slovakia', 'Q214', { n: ['Slovak Republic'], d: ['Slovak', 'Slovaks'], m: ['Bratislava'], from: 1993 }),
  p('slovak-state', 'Slovak State', null, { n: ['First Slovak Republic'], from: 1939, to: 1945 }),

  // ── Poland, Baltic, Scandinavia ───────────────────────────────────────────
  // Poland (Q36) is the continuing item; the Commonwealth keeps only its own compound names.
  p('poland', 'Poland', 'Q36', { n: ['Kingdom of Poland', 'Republic of Poland', 'Second Polish Republic', "Polish People's Republic", 'Crown of the Kingdom of Poland', 'Polish Crown'], d: ['Polish', 'Pole', 'Poles'], m: ['Warsaw', 'Cracow', 'Kraków', 'Krakow'] }),
  p('polish-lithuanian-commonwealth', 'Polish-Lithuanian Commonwealth', 'Q172107', { n: ['Polish–Lithuanian Commonwealth', 'Poland-Lithuania', 'Poland–Lithuania', 'Commonwealth of Both Nations', 'Rzeczpospolita'], from: 1569, to: 1795 }),
  p('duchy-of-warsaw', 'Duchy of Warsaw', null, { from: 1807, to: 1815 }),
  p('congress-poland', 'Congress Poland', null, { n: ['Russian Poland'], from: 1815, to: 1867 }),
  p('free-city-of-krakow', 'Free City of Kraków', 'Q501303', { n: ['Free City of Cracow', 'Free City of Krakow', 'Republic of Kraków', 'Republic of Cracow'], from: 1815, to: 1846 }),
  p('free-city-of-danzig', 'Free City of Danzig', null, { from: 1920, to: 1939 }),
  p('denmark', 'Denmark', 'Q35', { n: ['Kingdom of Denmark'], d: ['Danish', 'Dane', 'Danes'], m: ['Copenhagen'] }),
  p('denmark-norway', 'Denmark-Norway', null, { n: ['Denmark–Norway', 'Dano-Norwegian Realm', 'Twin Kingdoms'], d: ['Dano-Norwegian'], from: 1524, to: 1814 }),
  p('norway', 'Norway', 'Q20', { n: ['Kingdom of Norway'], d: ['Norwegian', 'Norwegians'], m: ['Oslo', 'Christiania'] }),
  p('sweden', 'Sweden', 'Q34', { n: ['Kingdom of Sweden', 'Swedish Empire'], d: ['Swedish', 'Swede', 'Swedes'], m: ['Stockholm'] }),
  p('sweden-norway', 'Sweden-Norway', null, { n: ['Sweden–Norway', 'United Kingdoms of Sweden and Norway'], from: 1814, to: 1905 }),
  p('grand-duchy-of-finland', 'Grand Duchy of Finland', null, { from: 1809, to: 1917 }),
  p('finland', 'Finland', 'Q33', { n: ['Republic of Finland'], d: ['Finnish', 'Finn', 'Finns'], m: ['Helsinki', 'Helsingfors'], from: 1917 }),
  p('iceland', 'Iceland', 'Q189', { n: ['Republic of Iceland', 'Kingdom of Iceland'], d: ['Icelandic', 'Icelander', 'Icelanders'], m: ['Reykjavík', 'Reykjavik'], from: 1918 }),
  p('estonia', 'Estonia', 'Q191', { n: ['Republic of Estonia'], d: ['Estonian', 'Estonians'], m: ['Tallinn'], from: 1918 }),
  p('latvia', 'Latvia', 'Q211', { n: ['Republic of Latvia'], d: ['Latvian', 'Latvians'], m: ['Riga'], from: 1918 }),
  p('lithuania', 'Lithuania', 'Q37', { n: ['Republic of Lithuania'], d: ['Lithuanian', 'Lithuanians'], m: ['Vilnius', 'Kaunas'], from: 1918 }),

  // ── Russia and its neighbours ─────────────────────────────────────────────
  p('tsardom-of-russia', 'Tsardom of Russia', 'Q186096', { n: ['Russia', 'Muscovy', 'Tsardom of Muscovy', 'Russian Tsardom'], d: ['Russian', 'Russians', 'Muscovite', 'Muscovites'], m: ['Moscow', 'Kremlin'], from: 1547, to: 1721 }),
  p('russian-empire', 'Russia', 'Q34266', { n: ['Russian Empire', 'Imperial Russia', 'Tsarist Russia', 'Empire of Russia'], d: ['Russian', 'Russians'], m: ['St. Petersburg', 'Saint Petersburg', 'St Petersburg', 'Petrograd'], from: 1722, to: 1916 }),
  p('russian-republic', 'Russian Republic', 'Q139319', { n: ['Russian Provisional Government'], from: 1917, to: 1917 }),
  p('soviet-russia', 'Soviet Russia', 'Q2184', { n: ['Russian SFSR', 'RSFSR', 'Russian Soviet Federative Socialist Republic', 'Russian Socialist Federative Soviet Republic', 'Russia'], d: ['Soviet', 'Soviets', 'Bolshevik', 'Bolsheviks', 'Russian', 'Russians'], m: ['Moscow', 'Petrograd', 'Kremlin'], from: 1917, to: 1922 }),
  p('soviet-union', 'Soviet Union', 'Q15180', { n: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Russia'], d: ['Soviet', 'Soviets', 'Russian', 'Russians'], m: ['Moscow', 'Kremlin'], from: 1923, to: 1991 }),
  p('russia', 'Russia', 'Q159', { n: ['Russian Federation'], d: ['Russian', 'Russians'], m: ['Moscow', 'Kremlin'], from: 1992 }),
  p('cossack-hetmanate', 'Cossack Hetmanate', 'Q212439', { n: ['Hetmanate', 'Zaporozhian Host'], m: ['Chyhyryn', 'Baturyn'], from: 1649, to: 1764 }),
  p('crimean-khanate', 'Crimean Khanate', null, { n: ['Khanate of Crimea'], m: ['Bakhchysarai', 'Bakhchisaray'], from: 1441, to: 1783 }),
  p('ukrainian-peoples-republic', "Ukrainian People's Republic", 'Q243610', { n: ['Ukraine', 'Ukrainian National Republic', 'UNR'], d: ['Ukrainian', 'Ukrainians'], m: ['Kiev', 'Kyiv'], from: 1917, to: 1920 }),
  p('ukrainian-ssr', 'Soviet Ukraine', 'Q133356', { n: ['Ukrainian SSR', 'Ukrainian Soviet Socialist Republic', 'Soviet Ukraine'], d: ['Soviet Ukrainian'], from: 1919, to: 1991 }),
  p('ukraine', 'Ukraine', 'Q212', { d: ['Ukrainian', 'Ukrainians'], m: ['Kyiv', 'Kiev'], from: 1991 }),
  p('belarus', 'Belarus', 'Q184', { n: ['Republic of Belarus', 'Byelorussia', 'Belorussia'], d: ['Belarusian', 'Belarusians', 'Byelorussian'], m: ['Minsk'], from: 1991 }),
  p('moldova', 'Moldova', 'Q217', { n: ['Republic of Moldova'], d: ['Moldovan', 'Moldovans'], m: ['Chișinău', 'Chisinau'], from: 1991 }),
  p('kartli-kakheti', 'Kingdom of Kartli-Kakheti', null, { n: ['Kartli-Kakheti', 'Kingdom of Kartli and Kakheti'], from: 1762, to: 1801 }),
  p('democratic-republic-of-georgia', 'Democratic Republic of Georgia', null, { n: ['Georgia', 'Georgian Democratic Republic'], d: ['Georgian', 'Georgians'], m: ['Tiflis', 'Tbilisi'], from: 1918, to: 1921 }),
  p('georgia', 'Georgia', 'Q230', { n: ['Republic of Georgia'], d: ['Georgian', 'Georgians'], m: ['Tbilisi', 'Tiflis'], from: 1991 }),
  p('first-republic-of-armenia', 'First Republic of Armenia', null, { n: ['Armenia', 'Democratic Republic of Armenia'], d: ['Armenian', 'Armenians'], m: ['Erivan', 'Yerevan'], from: 1918, to: 1920 }),
  p('armenia', 'Armenia', 'Q399', { n: ['Republic of Armenia'], d: ['Armenian', 'Armenians'], m: ['Yerevan', 'Erivan'], from: 1991 }),
  p('azerbaijan-democratic-republic', 'Azerbaijan Democratic Republic', null, { n: ['Azerbaijan'], d: ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'], m: ['Baku'], from: 1918, to: 1920 }),
  p('azerbaijan', 'Azerbaijan', 'Q227', { n: ['Republic of Azerbaijan'], d: ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'], m: ['Baku'], from: 1991 }),
  p('kazakhstan', 'Kazakhstan', 'Q232', { n: ['Republic of Kazakhstan'], d: ['Kazakh', 'Kazakhs', 'Kazakhstani'], m: ['Astana', 'Nur-Sultan', 'Almaty', 'Alma-Ata'], from: 1991 }),
  p('uzbekistan', 'Uzbekistan', 'Q265', { d: ['Uzbek', 'Uzbeks'], m: ['Tashkent'], from: 1991 }),
  p('turkmenistan', 'Turkmenistan', 'Q874', { d: ['Turkmen'], m: ['Ashgabat'], from: 1991 }),
  p('kyrgyzstan', 'Kyrgyzstan', 'Q813', { n: ['Kyrgyz Republic', 'Kirghizia'], d: ['Kyrgyz'], m: ['Bishkek'], from: 1991 }),
  p('tajikistan', 'Tajikistan', 'Q863', { d: ['Tajik', 'Tajiks'], m: ['Dushanbe'], from: 1991 }),
  p('khanate-of-khiva', 'Khanate of Khiva', null, { n: ['Khiva'], from: 1511, to: 1920 }),
  p('emirate-of-bukhara', 'Emirate of Bukhara', null, { n: ['Bukhara', 'Bokhara'], from: 1785, to: 1920 }),
  p('khanate-of-kokand', 'Khanate of Kokand', null, { n: ['Kokand'], from: 1709, to: 1876 }),

  // ── Balkans and the Ottoman world ──────────────────────────────────────────
  // 'Turkey' as a name and 'Turkish'/'Turks' are given to the Ottoman Empire up to 1922 and to the Republic from 1923.
  p('ottoman-empire', 'Ottoman Empire', 'Q12560', { n: ['Ottomans', 'Sublime Porte', 'Porte', 'Ottoman Turkey', 'Turkey', 'Ottoman State', 'Ottoman Sultanate'], d: ['Ottoman', 'Turkish', 'Turk', 'Turks'], m: ['Constantinople', 'Istanbul', 'Stamboul'], from: 1299, to: 1922 }),
  p('turkey', 'Turkey', 'Q43', { n: ['Republic of Turkey', 'Türkiye', 'Turkiye', 'Turkish Republic'], d: ['Turkish', 'Turk', 'Turks'], m: ['Ankara', 'Angora'], from: 1923 }),
  p('greece', 'Greece', 'Q41', { n: ['Kingdom of Greece', 'Hellenic Republic', 'First Hellenic Republic'], d: ['Greek', 'Greeks', 'Hellenic'], m: ['Athens'], from: 1822 }),
  p('bulgaria', 'Bulgaria', 'Q219', { n: ['Principality of Bulgaria', 'Kingdom of Bulgaria', 'Tsardom of Bulgaria', "People's Republic of Bulgaria", 'Republic of Bulgaria'], d: ['Bulgarian', 'Bulgarians'], m: ['Sofia'], from: 1878 }),
  p('principality-of-wallachia', 'Wallachia', 'Q389004', { n: ['Principality of Wallachia'], d: ['Wallachian', 'Wallachians'], from: 1330, to: 1859 }),
  p('principality-of-moldavia', 'Moldavia', 'Q10957559', { n: ['Principality of Moldavia'], d: ['Moldavian', 'Moldavians'], from: 1346, to: 1859 }),
  p('romania', 'Romania', 'Q218', { n: ['Rumania', 'Roumania', 'Kingdom of Romania', 'United Principalities', "Romanian People's Republic", 'Socialist Republic of Romania'], d: ['Romanian', 'Romanians', 'Rumanian', 'Rumanians', 'Roumanian', 'Roumanians'], m: ['Bucharest'], from: 1859 }),
  p('kingdom-of-serbia', 'Serbia', 'Q241748', { n: ['Kingdom of Serbia', 'Principality of Serbia', 'Servia'], d: ['Serbian', 'Serbians', 'Serb', 'Serbs'], m: ['Belgrade'], from: 1815, to: 1918 }),
  p('yugoslavia', 'Yugoslavia', 'Q36704', { n: ['Kingdom of Yugoslavia', 'Kingdom of Serbs, Croats and Slovenes', 'Kingdom of the Serbs, Croats and Slovenes', 'Socialist Federal Republic of Yugoslavia', 'Federal People\'s Republic of Yugoslavia', 'SFRY', 'Jugoslavia'], d: ['Yugoslav', 'Yugoslavs', 'Yugoslavian', 'Yugoslavians'], m: ['Belgrade'], from: 1919, to: 1991 }),
  p('federal-republic-of-yugoslavia', 'Federal Republic of Yugoslavia', 'Q37024', { n: ['FRY', 'Serbia and Montenegro', 'State Union of Serbia and Montenegro', 'Yugoslavia'], d: ['Yugoslav', 'Yugoslavs'], m: ['Belgrade'], from: 1992, to: 2006 }),
  p('serbia', 'Serbia', 'Q403', { n: ['Republic of Serbia'], d: ['Serbian', 'Serbians', 'Serb', 'Serbs'], m: ['Belgrade'], from: 2007 }),
  p('kingdom-of-montenegro', 'Montenegro', null, { n: ['Principality of Montenegro', 'Kingdom of Montenegro'], d: ['Montenegrin', 'Montenegrins'], m: ['Cetinje'], from: 1852, to: 1918 }),
  p('montenegro', 'Montenegro', 'Q236', { d: ['Montenegrin', 'Montenegrins'], m: ['Podgorica'], from: 2006 }),
  p('independent-state-of-croatia', 'Independent State of Croatia', null, { d: ['Croatian', 'Croat', 'Croats'], m: ['Zagreb'], from: 1941, to: 1945 }),
  p('croatia', 'Croatia', 'Q224', { n: ['Republic of Croatia'], d: ['Croatian', 'Croat', 'Croats'], m: ['Zagreb'], from: 1991 }),
  p('slovenia', 'Slovenia', 'Q215', { n: ['Republic of Slovenia'], d: ['Slovene', 'Slovenes', 'Slovenian', 'Slovenians'], m: ['Ljubljana'], from: 1991 }),
  p('bosnia-and-herzegovina', 'Bosnia and Herzegovina', 'Q225', { n: ['Bosnia-Herzegovina', 'Republic of Bosnia and Herzegovina', 'Bosnia'], d: ['Bosnian', 'Bosnians'], m: ['Sarajevo'], from: 1992 }),
  p('north-macedonia', 'North Macedonia', 'Q221', { n: ['Macedonia', 'Republic of Macedonia', 'Former Yugoslav Republic of Macedonia', 'FYROM'], d: ['Macedonian', 'Macedonians'], m: ['Skopje'], from: 1991 }),
  p('kosovo', 'Kosovo', 'Q1246', { n: ['Republic of Kosovo'], d: ['Kosovar', 'Kosovars'], m: ['Pristina', 'Prishtina'], from: 2008 }),
  p('albania', 'Albania', 'Q222', { n: ['Principality of Albania', 'Kingdom of Albania', "People's Socialist Republic of Albania", 'Republic of Albania'], d: ['Albanian', 'Albanians'], m: ['Tirana'], from: 1912 }),
  p('cyprus', 'Cyprus', 'Q229', { n: ['Republic of Cyprus'], d: ['Cypriot', 'Cypriots'], m: ['Nicosia'], from: 1960 }),

  // ── Iran, Middle East, North Africa ────────────────────────────────────────
  p('safavid-persia', 'Safavid Persia', 'Q18234383', { n: ['Safavid Empire', 'Safavid Iran', 'Safavid dynasty', 'Persia'], d: ['Safavid', 'Persian', 'Persians'], m: ['Isfahan', 'Qazvin', 'Tabriz'], from: 1501, to: 1735 }),
  p('afsharid-persia', 'Afsharid Persia', null, { n: ['Afsharid Empire', 'Afsharid Iran'], d: ['Afsharid'], from: 1736, to: 1796 }),
  p('zand-dynasty', 'Zand dynasty', null, { n: ['Zand Persia', 'Zand Iran'], from: 1751, to: 1794 }),
  p('qajar-persia', 'Qajar Persia', null, { n: ['Qajar Iran', 'Qajar Empire', 'Sublime State of Persia', 'Persia'], d: ['Qajar', 'Persian', 'Persians'], m: ['Tehran', 'Teheran'], from: 1789, to: 1924 }),
  p('iran', 'Iran', 'Q794', { n: ['Persia', 'Islamic Republic of Iran', 'Imperial State of Iran', 'Pahlavi Iran'], d: ['Iranian', 'Iranians', 'Persian', 'Persians'], m: ['Tehran', 'Teheran'], from: 1925 }),
  p('egypt-eyalet', 'Egypt', null, { n: ['Egypt Eyalet', 'Eyalet of Egypt'], d: ['Egyptian', 'Egyptians'], m: ['Cairo'], from: 1805, to: 1866 }),
  p('khedivate-of-egypt', 'Khedivate of Egypt', 'Q127861', { n: ['Egypt'], d: ['Egyptian', 'Egyptians'], m: ['Cairo'], from: 1867, to: 1913 }),
  p('sultanate-of-egypt', 'Sultanate of Egypt', 'Q370173', { n: ['Egypt'], d: ['Egyptian', 'Egyptians'], m: ['Cairo'], from: 1914, to: 1921 }),
  p('egypt', 'Egypt', 'Q79', { n: ['Kingdom of Egypt', 'Arab Republic of Egypt', 'Republic of Egypt'], d: ['Egyptian', 'Egyptians'], m: ['Cairo'], from: 1922 }),
  p('united-arab-republic', 'United Arab Republic', null, { n: ['UAR'], from: 1958, to: 1971 }),
  p('israel', 'Israel', 'Q801', { n: ['State of Israel'], d: ['Israeli', 'Israelis'], m: ['Jerusalem', 'Tel Aviv'], from: 1948 }),
  p('palestine', 'State of Palestine', 'Q219060', { n: ['Palestine'], d: ['Palestinian', 'Palestinians'], m: ['Ramallah'], from: 1988 }),
  p('jordan', 'Jordan', 'Q810', { n: ['Transjordan', 'Trans-Jordan', 'Emirate of Transjordan', 'Hashemite Kingdom of Jordan'], d: ['Jordanian', 'Jordanians'], m: ['Amman'], from: 1921 }),
  p('syria', 'Syria', 'Q858', { n: ['Syrian Arab Republic', 'Syrian Republic'], d: ['Syrian', 'Syrians'], m: ['Damascus'], from: 1946 }),
  p('lebanon', 'Lebanon', 'Q822', { n: ['Lebanese Republic'], d: ['Lebanese'], m: ['Beirut'], from: 1943 }),
  p('iraq', 'Iraq', 'Q796', { n: ['Kingdom of Iraq', 'Republic of Iraq'], d: ['Iraqi', 'Iraqis'], m: ['Baghdad'], from: 1921 }),
  p('kingdom-of-hejaz', 'Kingdom of Hejaz', null, { n: ['Hejaz', 'Hijaz', 'Kingdom of the Hejaz'], m: ['Mecca'], from: 1916, to: 1925 }),
  p('nejd', 'Sultanate of Nejd', null, { n: ['Nejd', 'Najd', 'Emirate of Nejd', 'Emirate of Nejd and Hasa'], from: 1902, to: 1931 }),
  p('saudi-arabia', 'Saudi Arabia', 'Q851', { n: ['Kingdom of Saudi Arabia'], d: ['Saudi', 'Saudis'], m: ['Riyadh'], from: 1932 }),
  p('kuwait', 'Kuwait', 'Q817', { n: ['State of Kuwait', 'Sheikhdom of Kuwait'], d: ['Kuwaiti', 'Kuwaitis'] }),
  p('bahrain', 'Bahrain', 'Q398', { n: ['Kingdom of Bahrain'], d: ['Bahraini', 'Bahrainis'], m: ['Manama'] }),
  p('qatar', 'Qatar', 'Q846', { n: ['State of Qatar'], d: ['Qatari', 'Qataris'], m: ['Doha'] }),
  p('united-arab-emirates', 'United Arab Emirates', 'Q878', { n: ['UAE', 'U.A.E.'], d: ['Emirati', 'Emiratis'], m: ['Abu Dhabi'], from: 1971 }),
  p('oman', 'Oman', 'Q842', { n: ['Sultanate of Oman', 'Muscat and Oman', 'Sultanate of Muscat and Oman'], d: ['Omani', 'Omanis'], m: ['Muscat'] }),
  p('north-yemen', 'North Yemen', null, { n: ['Yemen Arab Republic', 'Mutawakkilite Kingdom of Yemen', 'Kingdom of Yemen'], d: ['North Yemeni'], from: 1918, to: 1990 }),
  p('south-yemen', 'South Yemen', null, { n: ["People's Democratic Republic of Yemen", "People's Republic of South Yemen"], d: ['South Yemeni'], m: ['Aden'], from: 1967, to: 1990 }),
  p('yemen', 'Yemen', 'Q805', { n: ['Republic of Yemen'], d: ['Yemeni', 'Yemenis'], m: ['Sanaa', "Sana'a"], from: 1990 }),
  p('regency-of-algiers', 'Regency of Algiers', null, { n: ['Algiers', 'Dey of Algiers', 'Deylik of Algiers'], d: ['Algerine', 'Algerines'], from: 1516, to: 1830 }),
  p('beylik-of-tunis', 'Beylik of Tunis', null, { n: ['Tunis', 'Regency of Tunis', 'Bey of Tunis'], from: 1705, to: 1881 }),
  p('regency-of-tripoli', 'Regency of Tripoli', null, { n: ['Tripoli', 'Ottoman Tripolitania', 'Pasha of Tripoli'], d: ['Tripolitan', 'Tripolitans'], from: 1711, to: 1835 }),
  p('morocco', 'Morocco', 'Q1028', { n: ['Sultanate of Morocco', 'Kingdom of Morocco', 'Sherifian Empire'], d: ['Moroccan', 'Moroccans'], m: ['Rabat', 'Fez'] }),
  p('algeria', 'Algeria', 'Q262', { n: ["People's Democratic Republic of Algeria"], d: ['Algerian', 'Algerians'], m: ['Algiers'], from: 1962 }),
  p('tunisia', 'Tunisia', 'Q948', { n: ['Republic of Tunisia', 'Tunisian Republic'], d: ['Tunisian', 'Tunisians'], m: ['Tunis'], from: 1956 }),
  p('libya', 'Libya', 'Q1016', { n: ['Kingdom of Libya', 'State of Libya', 'Libyan Arab Jamahiriya'], d: ['Libyan', 'Libyans'], m: ['Tripoli'], from: 1951 }),

  // ── South and Central Asia ─────────────────────────────────────────────────
  p('mughal-empire', 'Mughal Empire', 'Q33296', { n: ['Mogul Empire', 'Moghul Empire', 'Mughal India', 'Mughals', 'Moguls'], d: ['Mughal', 'Mogul'], m: ['Delhi', 'Agra'], from: 1526, to: 1857 }),
  p('maratha-empire', 'Maratha Empire', null, { n: ['Maratha Confederacy', 'Marathas', 'Mahrattas'], d: ['Maratha', 'Mahratta'], m: ['Poona', 'Pune'], from: 1674, to: 1818 }),
  p('kingdom-of-mysore', 'Kingdom of Mysore', null, { n: ['Mysore', 'Sultanate of Mysore'], m: ['Seringapatam', 'Srirangapatna'], from: 1399, to: 1950 }),
  p('hyderabad-state', 'Hyderabad State', null, { n: ['Nizam of Hyderabad', 'Nizamate'], from: 1724, to: 1948 }),
  p('sikh-empire', 'Sikh Empire', null, { n: ['Sikh Khalsa Raj', 'Khalsa Raj', 'Sarkar-i-Khalsa'], m: ['Lahore'], from: 1799, to: 1849 }),
  p('british-raj', 'British Raj', 'Q129286', { n: ['British India', 'Raj', 'India', 'Indian Empire'], m: ['Calcutta', 'Delhi', 'New Delhi', 'Simla'], from: 1858, to: 1946 }),
  p('india', 'India', 'Q668', { n: ['Republic of India', 'Dominion of India', 'Union of India', 'Bharat'], d: ['Indian', 'Indians'], m: ['New Delhi', 'Delhi'], from: 1947 }),
  p('pakistan', 'Pakistan', 'Q843', { n: ['Islamic Republic of Pakistan', 'Dominion of Pakistan'], d: ['Pakistani', 'Pakistanis'], m: ['Islamabad', 'Karachi', 'Rawalpindi'], from: 1947 }),
  p('bangladesh', 'Bangladesh', 'Q902', { n: ["People's Republic of Bangladesh"], d: ['Bangladeshi', 'Bangladeshis'], m: ['Dhaka', 'Dacca'], from: 1971 }),
  p('durrani-empire', 'Durrani Empire', null, { n: ['Afghan Empire', 'Durranis'], from: 1747, to: 1826 }),
  p('afghanistan', 'Afghanistan', 'Q889', { n: ['Emirate of Afghanistan', 'Kingdom of Afghanistan', 'Islamic Republic of Afghanistan', 'Islamic Emirate of Afghanistan'], d: ['Afghan', 'Afghans'], m: ['Kabul'] }),
  p('nepal', 'Nepal', 'Q837', { n: ['Kingdom of Nepal', 'Gorkha Kingdom', 'Federal Democratic Republic of Nepal'], d: ['Nepalese', 'Nepali', 'Gurkha', 'Gurkhas'], m: ['Kathmandu', 'Katmandu'] }),
  p('bhutan', 'Bhutan', 'Q917', { n: ['Kingdom of Bhutan'], d: ['Bhutanese'], m: ['Thimphu'] }),
  p('tibet', 'Tibet', null, { n: ['Ganden Phodrang'], d: ['Tibetan', 'Tibetans'], m: ['Lhasa'] }),
  p('sri-lanka', 'Sri Lanka', 'Q854', { n: ['Ceylon', 'Dominion of Ceylon', 'Democratic Socialist Republic of Sri Lanka'], d: ['Sri Lankan', 'Sri Lankans', 'Ceylonese'], m: ['Colombo', 'Sri Jayawardenepura Kotte'], from: 1948 }),
  p('kingdom-of-kandy', 'Kingdom of Kandy', null, { n: ['Kandy'], d: ['Kandyan'], from: 1469, to: 1815 }),
  p('maldives', 'Maldives', 'Q826', { n: ['Republic of Maldives', 'Maldive Islands'], d: ['Maldivian', 'Maldivians'], m: ['Malé'], from: 1965 }),

  // ── East Asia ──────────────────────────────────────────────────────────────
  p('tang-dynasty', 'Tang China', 'Q9683', { n: ['Tang dynasty', 'Tang Empire', 'China'], d: ['Chinese'], m: ["Chang'an"], from: 618, to: 907 }),
  p('liao-dynasty', 'Liao dynasty', null, { n: ['Khitan Empire', 'Liao Empire'], d: ['Khitan', 'Khitans'], from: 916, to: 1125 }),
  p('song-dynasty', 'Song China', 'Q7462', { n: ['Song dynasty', 'Song Empire', 'Sung dynasty', 'China'], d: ['Chinese'], m: ['Kaifeng', 'Lin\'an', 'Hangzhou'], from: 960, to: 1279 }),
  p('jin-dynasty-jurchen', 'Jurchen Jin', null, { n: ['Jin Empire', 'Jurchen Jin dynasty'], d: ['Jurchen', 'Jurchens'], from: 1115, to: 1234 }),
  p('yuan-dynasty', 'Yuan dynasty', 'Q7313', { n: ['Yuan China', 'Yuan Empire', 'China'], m: ['Khanbaliq', 'Dadu'], from: 1280, to: 1367 }),
  p('ming-china', 'Ming China', 'Q9903', { n: ['Ming dynasty', 'Ming Empire', 'Great Ming', 'Ming', 'China'], d: ['Chinese'], m: ['Nanking', 'Nanjing', 'Peking', 'Beijing'], from: 1368, to: 1643 }),
  p('qing-china', 'China', 'Q8733', { n: ['Qing China', 'Qing', 'Qing Empire', 'Qing dynasty', 'Ch\'ing dynasty', 'Manchu dynasty', 'Chinese Empire', 'Great Qing', 'Empire of China'], d: ['Chinese', 'Manchu'], m: ['Peking', 'Beijing', 'Zongli Yamen', 'Tsungli Yamen'], from: 1644, to: 1911 }),
  // Wikidata's 'Republic of China (1912–1949)' is Q13426199 (Q13426 is an unrelated item).
  p('republic-of-china', 'China', 'Q13426199', { n: ['Republic of China', 'ROC', 'Nationalist China', 'Beiyang government', 'Kuomintang China'], d: ['Chinese'], m: ['Peking', 'Peiping', 'Beijing', 'Nanking', 'Nanjing', 'Chungking', 'Chongqing'], from: 1912, to: 1949 }),
  p('peoples-republic-of-china', 'China', 'Q148', { n: ["People's Republic of China", 'PRC', 'P.R.C.', 'Communist China', 'Red China', 'Mainland China'], d: ['Chinese'], m: ['Beijing', 'Peking', 'Zhongnanhai'], from: 1950 }),
  p('taiwan', 'Taiwan', 'Q865', { n: ['Republic of China', 'ROC', 'Nationalist China', 'Formosa', 'Republic of China on Taiwan'], d: ['Taiwanese'], m: ['Taipei'], from: 1950 }),
  p('mongolia', 'Mongolia', 'Q711', { n: ['Outer Mongolia', "Mongolian People's Republic", 'Bogd Khanate of Mongolia'], d: ['Mongolian', 'Mongolians'], m: ['Ulaanbaatar', 'Ulan Bator', 'Urga'], from: 1911 }),
  p('manchukuo', 'Manchukuo', 'Q30623', { n: ['Manchoukuo', 'Empire of Manchukuo', 'State of Manchuria', 'Manchu-kuo'], m: ['Hsinking', 'Xinjing'], from: 1932, to: 1945 }),
  p('japan', 'Japan', 'Q17', { n: ['Empire of Japan', 'Imperial Japan', 'Nippon', 'Tokugawa shogunate', 'Tokugawa Japan', 'Bakufu', 'State of Japan'], d: ['Japanese'], m: ['Tokyo', 'Edo', 'Yedo', 'Kasumigaseki'] }),
  p('ryukyu-kingdom', 'Ryukyu Kingdom', null, { n: ['Ryūkyū Kingdom', 'Ryukyu', 'Loochoo', 'Lew Chew', 'Kingdom of the Ryukyus'], d: ['Ryukyuan', 'Ryukyuans'], m: ['Shuri'], from: 1429, to: 1879 }),
  p('goryeo', 'Goryeo', null, { n: ['Koryo', 'Koryŏ'], m: ['Kaesong', 'Kaegyong'], from: 918, to: 1392 }),
  p('joseon', 'Joseon', 'Q28179', { n: ['Korea', 'Joseon Korea', 'Kingdom of Joseon', 'Chosŏn', 'Choson', 'Chosun', 'Kingdom of Korea', 'Corea'], d: ['Korean', 'Koreans'], m: ['Seoul', 'Hanseong', 'Hanyang'], from: 1392, to: 1896 }),
  p('korean-empire', 'Korean Empire', 'Q28233', { n: ['Korea', 'Daehan Empire', 'Empire of Korea', 'Corea'], d: ['Korean', 'Koreans'], m: ['Seoul'], from: 1897, to: 1910 }),
  p('south-korea', 'South Korea', 'Q884', { n: ['Republic of Korea', 'ROK'], d: ['South Korean', 'South Koreans'], m: ['Seoul'], from: 1948 }),
  p('north-korea', 'North Korea', 'Q423', { n: ["Democratic People's Republic of Korea", 'DPRK'], d: ['North Korean', 'North Koreans'], m: ['Pyongyang'], from: 1948 }),

  // ── South-East Asia and the Pacific ────────────────────────────────────────
  p('thailand', 'Thailand', 'Q869', { n: ['Siam', 'Kingdom of Siam', 'Kingdom of Thailand', 'Ayutthaya Kingdom', 'Rattanakosin Kingdom'], d: ['Thai', 'Siamese'], m: ['Bangkok'] }),
  p('myanmar', 'Myanmar', 'Q836', { n: ['Burma', 'Union of Burma', 'Kingdom of Burma', 'Konbaung dynasty', 'Republic of the Union of Myanmar'], d: ['Burmese'], m: ['Naypyidaw', 'Rangoon', 'Yangon', 'Mandalay'] }),
  p('cambodia', 'Cambodia', 'Q424', { n: ['Kingdom of Cambodia', 'Kampuchea', 'Democratic Kampuchea', "People's Republic of Kampuchea", 'Khmer Republic'], d: ['Cambodian', 'Cambodians', 'Khmer'], m: ['Phnom Penh'] }),
  p('laos', 'Laos', 'Q819', { n: ['Kingdom of Laos', "Lao People's Democratic Republic", 'Lao PDR'], d: ['Lao', 'Laotian', 'Laotians'], m: ['Vientiane'] }),
  p('nguyen-vietnam', 'Đại Nam', null, { n: ['Dai Nam', 'Annam', 'Empire of Annam', 'Nguyen dynasty', 'Nguyễn dynasty', 'Empire of Vietnam'], d: ['Annamese', 'Annamite', 'Annamites'], m: ['Huế', 'Hue'], from: 1802, to: 1945 }),
  // Vietnam (Q881) is used from 1945, i.e. it also covers the Democratic Republic of Vietnam ('North Vietnam').
  p('vietnam', 'Vietnam', 'Q881', { n: ['Viet Nam', 'Socialist Republic of Vietnam', 'Democratic Republic of Vietnam', 'North Vietnam', 'DRV'], d: ['Vietnamese', 'North Vietnamese'], m: ['Hanoi'], from: 1945 }),
  p('south-vietnam', 'South Vietnam', 'Q180573', { n: ['Republic of Vietnam', 'RVN', 'State of Vietnam'], d: ['South Vietnamese'], m: ['Saigon'], from: 1949, to: 1975 }),
  p('philippines', 'Philippines', 'Q928', { n: ['Republic of the Philippines', 'The Philippines', 'Philippine Republic', 'First Philippine Republic'], d: ['Filipino', 'Filipinos', 'Philippine'], m: ['Manila'], from: 1898 }),
  p('indonesia', 'Indonesia', 'Q252', { n: ['Republic of Indonesia', 'United States of Indonesia'], d: ['Indonesian', 'Indonesians'], m: ['Jakarta', 'Djakarta'], from: 1945 }),
  p('malaya', 'Federation of Malaya', null, { n: ['Malaya'], d: ['Malayan', 'Malayans'], from: 1957, to: 1962 }),
  p('malaysia', 'Malaysia', 'Q833', { d: ['Malaysian', 'Malaysians'], m: ['Kuala Lumpur', 'Putrajaya'], from: 1963 }),
  p('singapore', 'Singapore', 'Q334', { n: ['Republic of Singapore'], d: ['Singaporean', 'Singaporeans'], from: 1965 }),
  p('brunei', 'Brunei', 'Q921', { n: ['Brunei Darussalam', 'Sultanate of Brunei'], d: ['Bruneian', 'Bruneians'], m: ['Bandar Seri Begawan'] }),
  p('timor-leste', 'Timor-Leste', 'Q574', { n: ['East Timor', 'Democratic Republic of Timor-Leste'], d: ['Timorese', 'East Timorese'], m: ['Dili'], from: 2002 }),
  p('kingdom-of-hawaii', 'Kingdom of Hawaii', null, { n: ['Hawaii', 'Hawaiian Kingdom', 'Sandwich Islands', 'Hawaiian Islands'], d: ['Hawaiian', 'Hawaiians'], m: ['Honolulu'], from: 1795, to: 1893 }),
  p('united-tribes-of-new-zealand', 'United Tribes of New Zealand', null, { n: ['Confederation of the United Tribes of New Zealand'], from: 1835, to: 1840 }),
  p('australia', 'Australia', 'Q408', { n: ['Commonwealth of Australia'], d: ['Australian', 'Australians'], m: ['Canberra'], from: 1901 }),
  p('new-zealand', 'New Zealand', 'Q664', { n: ['Dominion of New Zealand'], d: ['New Zealander', 'New Zealanders'], from: 1907 }),
  p('papua-new-guinea', 'Papua New Guinea', 'Q691', { n: ['Independent State of Papua New Guinea'], d: ['Papua New Guinean', 'Papua New Guineans'], m: ['Port Moresby'], from: 1975 }),
  p('fiji', 'Fiji', 'Q712', { n: ['Republic of Fiji'], d: ['Fijian', 'Fijians'], m: ['Suva'], from: 1970 }),
  p('solomon-islands', 'Solomon Islands', 'Q685', { d: ['Solomon Islander', 'Solomon Islanders'], m: ['Honiara'], from: 1978 }),
  p('vanuatu', 'Vanuatu', 'Q686', { n: ['Republic of Vanuatu'], d: ['Ni-Vanuatu'], m: ['Port Vila'], from: 1980 }),
  p('samoa', 'Samoa', 'Q683', { n: ['Independent State of Samoa', 'Western Samoa'], d: ['Samoan', 'Samoans'], m: ['Apia'], from: 1962 }),
  p('tonga', 'Tonga', 'Q678', { n: ['Kingdom of Tonga'], d: ['Tongan', 'Tongans'], m: ['Nukuʻalofa', "Nuku'alofa"] }),
  p('kiribati', 'Kiribati', 'Q710', { n: ['Republic of Kiribati'], d: ['I-Kiribati'], m: ['Tarawa'], from: 1979 }),
  p('tuvalu', 'Tuvalu', 'Q672', { d: ['Tuvaluan', 'Tuvaluans'], m: ['Funafuti'], from: 1978 }),
  p('nauru', 'Nauru', 'Q697', { n: ['Republic of Nauru'], d: ['Nauruan', 'Nauruans'], from: 1968 }),
  p('marshall-islands', 'Marshall Islands', 'Q709', { n: ['Republic of the Marshall Islands'], d: ['Marshallese'], m: ['Majuro'], from: 1986 }),
  p('micronesia', 'Federated States of Micronesia', 'Q702', { n: ['Micronesia'], d: ['Micronesian', 'Micronesians'], m: ['Palikir'], from: 1986 }),
  p('palau', 'Palau', 'Q695', { n: ['Republic of Palau'], d: ['Palauan', 'Palauans'], m: ['Ngerulmud'], from: 1994 }),

  // ── Africa ─────────────────────────────────────────────────────────────────
  p('ethiopia', 'Ethiopia', 'Q115', { n: ['Ethiopian Empire', 'Abyssinia', 'Federal Democratic Republic of Ethiopia'], d: ['Ethiopian', 'Ethiopians', 'Abyssinian', 'Abyssinians'], m: ['Addis Ababa'] }),
  p('zulu-kingdom', 'Zulu Kingdom', 'Q729768', { n: ['Zululand', 'Zulu Empire'], d: ['Zulu', 'Zulus'], m: ['Ulundi'], from: 1816, to: 1897 }),
  p('south-african-republic', 'South African Republic', null, { n: ['Transvaal', 'Transvaal Republic', 'ZAR', 'Zuid-Afrikaansche Republiek'], d: ['Transvaaler', 'Transvaalers'], m: ['Pretoria'], from: 1852, to: 1902 }),
  p('orange-free-state', 'Orange Free State', null, { n: ['Oranje-Vrijstaat'], m: ['Bloemfontein'], from: 1854, to: 1902 }),
  p('south-africa', 'South Africa', 'Q258', { n: ['Union of South Africa', 'Republic of South Africa'], d: ['South African', 'South Africans'], m: ['Pretoria', 'Cape Town'], from: 1910 }),
  p('ashanti-empire', 'Ashanti Empire', null, { n: ['Asante Empire', 'Ashanti', 'Asante'], m: ['Kumasi', 'Coomassie'], from: 1701, to: 1901 }),
  p('kingdom-of-dahomey', 'Kingdom of Dahomey', null, { n: ['Dahomey'], m: ['Abomey'], from: 1600, to: 1904 }),
  p('kingdom-of-kongo', 'Kingdom of Kongo', null, { n: ['Kongo'], m: ['Mbanza Kongo', 'São Salvador'], from: 1390, to: 1914 }),
  p('sokoto-caliphate', 'Sokoto Caliphate', null, { m: ['Sokoto'], from: 1804, to: 1903 }),
  p('merina-kingdom', 'Merina Kingdom', null, { n: ['Kingdom of Madagascar', 'Imerina'], d: ['Merina'], from: 1540, to: 1897 }),
  p('sultanate-of-zanzibar', 'Sultanate of Zanzibar', null, { n: ['Zanzibar'], d: ['Zanzibari', 'Zanzibaris'], from: 1856, to: 1964 }),
  p('congo-free-state', 'Congo Free State', null, { from: 1885, to: 1908 }),
  p('rhodesia', 'Rhodesia', null, { n: ['Republic of Rhodesia', 'Southern Rhodesia'], d: ['Rhodesian', 'Rhodesians'], m: ['Salisbury'], from: 1965, to: 1979 }),
  p('liberia', 'Liberia', 'Q1014', { n: ['Republic of Liberia'], d: ['Liberian', 'Liberians'], m: ['Monrovia'], from: 1847 }),
  p('sudan', 'Sudan', 'Q1049', { n: ['Republic of the Sudan', 'The Sudan'], d: ['Sudanese'], m: ['Khartoum'], from: 1956 }),
  p('south-sudan', 'South Sudan', 'Q958', { n: ['Republic of South Sudan'], d: ['South Sudanese'], m: ['Juba'], from: 2011 }),
  p('eritrea', 'Eritrea', 'Q986', { n: ['State of Eritrea'], d: ['Eritrean', 'Eritreans'], m: ['Asmara'], from: 1993 }),
  p('djibouti', 'Djibouti', 'Q977', { n: ['Republic of Djibouti'], d: ['Djiboutian', 'Djiboutians'], from: 1977 }),
  p('somalia', 'Somalia', 'Q1045', { n: ['Somali Republic', 'Federal Republic of Somalia', 'Somali Democratic Republic'], d: ['Somali', 'Somalis'], m: ['Mogadishu'], from: 1960 }),
  p('kenya', 'Kenya', 'Q114', { n: ['Republic of Kenya'], d: ['Kenyan', 'Kenyans'], m: ['Nairobi'], from: 1963 }),
  p('uganda', 'Uganda', 'Q1036', { n: ['Republic of Uganda'], d: ['Ugandan', 'Ugandans'], m: ['Kampala'], from: 1962 }),
  p('tanganyika', 'Tanganyika', null, { n: ['Republic of Tanganyika'], d: ['Tanganyikan', 'Tanganyikans'], from: 1961, to: 1963 }),
  p('tanzania', 'Tanzania', 'Q924', { n: ['United Republic of Tanzania'], d: ['Tanzanian', 'Tanzanians'], m: ['Dodoma', 'Dar es Salaam'], from: 1964 }),
  p('rwanda', 'Rwanda', 'Q1037', { n: ['Republic of Rwanda'], d: ['Rwandan', 'Rwandans'], m: ['Kigali'], from: 1962 }),
  p('burundi', 'Burundi', 'Q967', { n: ['Republic of Burundi'], d: ['Burundian', 'Burundians'], m: ['Gitega', 'Bujumbura'], from: 1962 }),
  // 'Congo' and 'Congolese' are shared by the two Congos and are left out of both.
  p('dr-congo', 'Democratic Republic of the Congo', 'Q974', { n: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Zaire', 'Republic of Zaire', 'Congo-Léopoldville'], m: ['Kinshasa', 'Léopoldville', 'Leopoldville'], from: 1960 }),
  p('republic-of-the-congo', 'Republic of the Congo', 'Q971', { n: ['Congo-Brazzaville', "People's Republic of the Congo"], m: ['Brazzaville'], from: 1960 }),
  p('gabon', 'Gabon', 'Q1000', { n: ['Gabonese Republic'], d: ['Gabonese'], m: ['Libreville'], from: 1960 }),
  p('cameroon', 'Cameroon', 'Q1009', { n: ['Republic of Cameroon'], d: ['Cameroonian', 'Cameroonians'], m: ['Yaoundé', 'Yaounde'], from: 1960 }),
  p('central-african-republic', 'Central African Republic', 'Q929', { n: ['CAR', 'Central African Empire'], d: ['Central African', 'Central Africans'], m: ['Bangui'], from: 1960 }),
  p('chad', 'Chad', 'Q657', { n: ['Republic of Chad'], d: ['Chadian', 'Chadians'], m: ["N'Djamena", 'Fort-Lamy'], from: 1960 }),
  p('equatorial-guinea', 'Equatorial Guinea', 'Q983', { n: ['Republic of Equatorial Guinea'], d: ['Equatoguinean', 'Equatorial Guinean'], m: ['Malabo'], from: 1968 }),
  p('sao-tome-and-principe', 'São Tomé and Príncipe', 'Q1039', { n: ['Sao Tome and Principe'], d: ['Santomean', 'Santomeans'], from: 1975 }),
  p('nigeria', 'Nigeria', 'Q1033', { n: ['Federal Republic of Nigeria'], d: ['Nigerian', 'Nigerians'], m: ['Abuja', 'Lagos'], from: 1960 }),
  p('niger', 'Niger', 'Q1032', { n: ['Republic of Niger', 'Republic of the Niger'], d: ['Nigerien', 'Nigeriens'], m: ['Niamey'], from: 1960 }),
  p('benin', 'Benin', 'Q962', { n: ['Republic of Benin', 'Republic of Dahomey', 'Dahomey'], d: ['Beninese'], m: ['Porto-Novo', 'Cotonou'], from: 1960 }),
  p('togo', 'Togo', 'Q945', { n: ['Togolese Republic'], d: ['Togolese'], m: ['Lomé', 'Lome'], from: 1960 }),
  p('ghana', 'Ghana', 'Q117', { n: ['Republic of Ghana'], d: ['Ghanaian', 'Ghanaians'], m: ['Accra'], from: 1957 }),
  p('ivory-coast', 'Ivory Coast', 'Q1008', { n: ["Côte d'Ivoire", "Cote d'Ivoire", "Republic of Côte d'Ivoire"], d: ['Ivorian', 'Ivorians'], m: ['Yamoussoukro', 'Abidjan'], from: 1960 }),
  p('burkina-faso', 'Burkina Faso', 'Q965', { n: ['Upper Volta', 'Republic of Upper Volta'], d: ['Burkinabé', 'Burkinabe'], m: ['Ouagadougou'], from: 1960 }),
  p('mali', 'Mali', 'Q912', { n: ['Republic of Mali'], d: ['Malian', 'Malians'], m: ['Bamako'], from: 1960 }),
  p('senegal', 'Senegal', 'Q1041', { n: ['Republic of Senegal'], d: ['Senegalese'], m: ['Dakar'], from: 1960 }),
  p('gambia', 'Gambia', 'Q1005', { n: ['The Gambia', 'Republic of the Gambia'], d: ['Gambian', 'Gambians'], m: ['Banjul', 'Bathurst'], from: 1965 }),
  p('guinea', 'Guinea', 'Q1006', { n: ['Republic of Guinea', 'Guinea-Conakry'], d: ['Guinean', 'Guineans'], m: ['Conakry'], from: 1958 }),
  p('guinea-bissau', 'Guinea-Bissau', 'Q1007', { n: ['Republic of Guinea-Bissau'], d: ['Bissau-Guinean', 'Bissau-Guineans'], m: ['Bissau'], from: 1973 }),
  p('sierra-leone', 'Sierra Leone', 'Q1044', { n: ['Republic of Sierra Leone'], d: ['Sierra Leonean', 'Sierra Leoneans'], m: ['Freetown'], from: 1961 }),
  p('mauritania', 'Mauritania', 'Q1025', { n: ['Islamic Republic of Mauritania'], d: ['Mauritanian', 'Mauritanians'], m: ['Nouakchott'], from: 1960 }),
  p('cape-verde', 'Cape Verde', 'Q1011', { n: ['Cabo Verde', 'Republic of Cabo Verde'], d: ['Cape Verdean', 'Cape Verdeans'], m: ['Praia'], from: 1975 }),
  p('angola', 'Angola', 'Q916', { n: ['Republic of Angola', "People's Republic of Angola"], d: ['Angolan', 'Angolans'], m: ['Luanda'], from: 1975 }),
  p('namibia', 'Namibia', 'Q1030', { n: ['Republic of Namibia'], d: ['Namibian', 'Namibians'], m: ['Windhoek'], from: 1990 }),
  p('botswana', 'Botswana', 'Q963', { n: ['Republic of Botswana'], d: ['Motswana', 'Batswana', 'Botswanan'], m: ['Gaborone'], from: 1966 }),
  p('zimbabwe', 'Zimbabwe', 'Q954', { n: ['Republic of Zimbabwe'], d: ['Zimbabwean', 'Zimbabweans'], m: ['Harare'], from: 1980 }),
  p('zambia', 'Zambia', 'Q953', { n: ['Republic of Zambia'], d: ['Zambian', 'Zambians'], m: ['Lusaka'], from: 1964 }),
  p('malawi', 'Malawi', 'Q1020', { n: ['Republic of Malawi'], d: ['Malawian', 'Malawians'], m: ['Lilongwe', 'Zomba'], from: 1964 }),
  p('mozambique', 'Mozambique', 'Q1029', { n: ['Republic of Mozambique', "People's Republic of Mozambique"], d: ['Mozambican', 'Mozambicans'], m: ['Maputo', 'Lourenço Marques'], from: 1975 }),
  p('madagascar', 'Madagascar', 'Q1019', { n: ['Republic of Madagascar', 'Malagasy Republic'], d: ['Malagasy'], m: ['Antananarivo', 'Tananarive'], from: 1960 }),
  p('mauritius', 'Mauritius', 'Q1027', { n: ['Republic of Mauritius'], d: ['Mauritian', 'Mauritians'], m: ['Port Louis'], from: 1968 }),
  p('comoros', 'Comoros', 'Q970', { n: ['Union of the Comoros', 'The Comoros'], d: ['Comorian', 'Comorians'], m: ['Moroni'], from: 1975 }),
  p('seychelles', 'Seychelles', 'Q1042', { n: ['Republic of Seychelles'], d: ['Seychellois'], from: 1976 }),
  p('lesotho', 'Lesotho', 'Q1013', { n: ['Kingdom of Lesotho', 'Basutoland'], d: ['Mosotho', 'Basotho'], m: ['Maseru'], from: 1966 }),
  p('eswatini', 'Eswatini', 'Q1050', { n: ['Swaziland', 'Kingdom of Eswatini', 'Kingdom of Swaziland'], d: ['Swazi', 'Swazis'], m: ['Mbabane', 'Lobamba'], from: 1968 }),

  // ── The Americas ───────────────────────────────────────────────────────────
  p('new-france', 'New France', 'Q170604', { m: ['Quebec', 'Québec'], from: 1534, to: 1763 }),
  p('united-states', 'United States', 'Q30', { n: ['United States of America', 'U.S.', 'US', 'USA', 'U.S.A.', 'America'], d: ['American', 'Americans'], m: ['Washington', 'White House', 'State Department'], from: 1776 }),
  p('confederate-states', 'Confederate States of America', 'Q81931', { n: ['Confederate States', 'Confederacy', 'CSA', 'C.S.A.'], d: ['Confederate', 'Confederates'], m: ['Richmond'], from: 1861, to: 1865 }),
  p('republic-of-texas', 'Republic of Texas', 'Q170588', { n: ['Texas Republic', 'Texas'], d: ['Texan', 'Texans'], from: 1836, to: 1845 }),
  p('canada', 'Canada', 'Q16', { n: ['Dominion of Canada'], d: ['Canadian', 'Canadians'], m: ['Ottawa'], from: 1867 }),
  p('newfoundland', 'Dominion of Newfoundland', null, { n: ['Newfoundland'], d: ['Newfoundlander', 'Newfoundlanders'], m: ["St. John's"], from: 1907, to: 1949 }),
  p('mexico', 'Mexico', 'Q96', { n: ['United Mexican States', 'Mexican Empire', 'Mexican Republic', 'First Mexican Empire', 'Second Mexican Empire'], d: ['Mexican', 'Mexicans'], m: ['Mexico City'], from: 1821 }),
  p('federal-republic-of-central-america', 'Federal Republic of Central America', null, { n: ['United Provinces of Central America', 'Central American Federation'], from: 1823, to: 1841 }),
  p('guatemala', 'Guatemala', 'Q774', { n: ['Republic of Guatemala'], d: ['Guatemalan', 'Guatemalans'], m: ['Guatemala City'], from: 1839 }),
  p('el-salvador', 'El Salvador', 'Q792', { n: ['Republic of El Salvador'], d: ['Salvadoran', 'Salvadorans', 'Salvadorean'], m: ['San Salvador'], from: 1841 }),
  p('honduras', 'Honduras', 'Q783', { n: ['Republic of Honduras'], d: ['Honduran', 'Hondurans'], m: ['Tegucigalpa'], from: 1838 }),
  p('nicaragua', 'Nicaragua', 'Q811', { n: ['Republic of Nicaragua'], d: ['Nicaraguan', 'Nicaraguans'], m: ['Managua'], from: 1838 }),
  p('costa-rica', 'Costa Rica', 'Q800', { n: ['Republic of Costa Rica'], d: ['Costa Rican', 'Costa Ricans'], from: 1838 }),
  p('panama', 'Panama', 'Q804', { n: ['Republic of Panama'], d: ['Panamanian', 'Panamanians'], m: ['Panama City'], from: 1903 }),
  p('belize', 'Belize', 'Q242', { d: ['Belizean', 'Belizeans'], m: ['Belmopan'], from: 1981 }),
  p('cuba', 'Cuba', 'Q241', { n: ['Republic of Cuba'], d: ['Cuban', 'Cubans'], m: ['Havana'], from: 1902 }),
  p('haiti', 'Haiti', 'Q790', { n: ['Republic of Haiti', 'Hayti', 'Empire of Haiti'], d: ['Haitian', 'Haitians'], m: ['Port-au-Prince'], from: 1804 }),
  p('dominican-republic', 'Dominican Republic', 'Q786', { d: ['Dominican', 'Dominicans'], m: ['Santo Domingo'], from: 1844 }),
  p('jamaica', 'Jamaica', 'Q766', { d: ['Jamaican', 'Jamaicans'], from: 1962 }),
  p('trinidad-and-tobago', 'Trinidad and Tobago', 'Q754', { n: ['Republic of Trinidad and Tobago'], d: ['Trinidadian', 'Trinidadians'], m: ['Port of Spain'], from: 1962 }),
  p('barbados', 'Barbados', 'Q244', { d: ['Barbadian', 'Barbadians', 'Bajan'], m: ['Bridgetown'], from: 1966 }),
  p('bahamas', 'Bahamas', 'Q778', { n: ['The Bahamas', 'Commonwealth of The Bahamas'], d: ['Bahamian', 'Bahamians'], from: 1973 }),
  p('grenada', 'Grenada', 'Q769', { d: ['Grenadian', 'Grenadians'], from: 1974 }),
  p('dominica', 'Dominica', 'Q784', { n: ['Commonwealth of Dominica'], m: ['Roseau'], from: 1978 }),
  p('saint-lucia', 'Saint Lucia', 'Q760', { n: ['St. Lucia', 'St Lucia'], d: ['Saint Lucian', 'Saint Lucians'], m: ['Castries'], from: 1979 }),
  p('saint-vincent', 'Saint Vincent and the Grenadines', 'Q757', { n: ['St. Vincent and the Grenadines', 'St Vincent and the Grenadines'], d: ['Vincentian', 'Vincentians'], m: ['Kingstown'], from: 1979 }),
  p('antigua-and-barbuda', 'Antigua and Barbuda', 'Q781', { d: ['Antiguan', 'Antiguans'], from: 1981 }),
  p('saint-kitts-and-nevis', 'Saint Kitts and Nevis', 'Q763', { n: ['St. Kitts and Nevis', 'St Kitts and Nevis', 'Saint Christopher and Nevis'], d: ['Kittitian', 'Kittitians'], m: ['Basseterre'], from: 1983 }),
  p('gran-colombia', 'Gran Colombia', null, { n: ['Great Colombia'], from: 1819, to: 1830 }),
  p('colombia', 'Colombia', 'Q739', { n: ['Republic of Colombia', 'Republic of New Granada', 'New Granada', 'Granadine Confederation', 'United States of Colombia'], d: ['Colombian', 'Colombians'], m: ['Bogotá', 'Bogota'], from: 1831 }),
  p('venezuela', 'Venezuela', 'Q717', { n: ['Bolivarian Republic of Venezuela', 'Republic of Venezuela'], d: ['Venezuelan', 'Venezuelans'], m: ['Caracas'], from: 1830 }),
  p('ecuador', 'Ecuador', 'Q736', { n: ['Republic of Ecuador'], d: ['Ecuadorian', 'Ecuadorians', 'Ecuadorean'], m: ['Quito'], from: 1830 }),
  p('peru', 'Peru', 'Q419', { n: ['Republic of Peru'], d: ['Peruvian', 'Peruvians'], m: ['Lima'], from: 1821 }),
  p('peru-bolivian-confederation', 'Peru-Bolivian Confederation', null, { n: ['Peru–Bolivian Confederation', 'Peruvian-Bolivian Confederation'], from: 1836, to: 1839 }),
  p('bolivia', 'Bolivia', 'Q750', { n: ['Republic of Bolivia', 'Plurinational State of Bolivia'], d: ['Bolivian', 'Bolivians'], m: ['La Paz', 'Sucre'], from: 1825 }),
  p('chile', 'Chile', 'Q298', { n: ['Republic of Chile'], d: ['Chilean', 'Chileans'], m: ['Santiago'], from: 1818 }),
  p('argentina', 'Argentina', 'Q414', { n: ['Argentine Republic', 'Argentine Confederation', 'United Provinces of the Río de la Plata', 'United Provinces of the Rio de la Plata'], d: ['Argentine', 'Argentines', 'Argentinian', 'Argentinians'], m: ['Buenos Aires', 'Casa Rosada'], from: 1816 }),
  p('uruguay', 'Uruguay', 'Q77', { n: ['Oriental Republic of Uruguay', 'Eastern Republic of Uruguay'], d: ['Uruguayan', 'Uruguayans'], m: ['Montevideo'], from: 1828 }),
  p('paraguay', 'Paraguay', 'Q733', { n: ['Republic of Paraguay'], d: ['Paraguayan', 'Paraguayans'], m: ['Asunción', 'Asuncion'], from: 1811 }),
  p('brazil', 'Brazil', 'Q155', { n: ['Empire of Brazil', 'Federative Republic of Brazil', 'United States of Brazil', 'Republic of the United States of Brazil'], d: ['Brazilian', 'Brazilians'], m: ['Rio de Janeiro', 'Brasília', 'Brasilia', 'Itamaraty'], from: 1822 }),
  p('guyana', 'Guyana', 'Q734', { n: ['Co-operative Republic of Guyana'], d: ['Guyanese'], from: 1966 }),
  p('suriname', 'Suriname', 'Q730', { n: ['Republic of Suriname', 'Surinam'], d: ['Surinamese'], m: ['Paramaribo'], from: 1975 }),

  // ── Native nations of North America (signatories of well-known treaties) ──
  p('sioux', 'Sioux', null, { n: ['Great Sioux Nation', 'Sioux Nation', 'Lakota', 'Lakota Sioux', 'Lakota Nation', 'Oceti Sakowin', 'Dakota Sioux'] }),
  p('iroquois-confederacy', 'Iroquois Confederacy', null, { n: ['Iroquois', 'Haudenosaunee', 'Six Nations', 'Five Nations', 'Iroquois League', 'League of the Iroquois'] }),
  p('cherokee-nation', 'Cherokee Nation', null, { n: ['Cherokee', 'Cherokees'] }),
  p('creek-confederacy', 'Muscogee Creek Confederacy', null, { n: ['Creek Confederacy', 'Creek Nation', 'Muscogee', 'Muscogee Nation', 'Creeks'] }),
  p('choctaw-nation', 'Choctaw Nation', null, { n: ['Choctaw', 'Choctaws'] }),
  p('chickasaw-nation', 'Chickasaw Nation', null, { n: ['Chickasaw', 'Chickasaws'] }),
  p('seminole', 'Seminole Nation', null, { n: ['Seminole', 'Seminoles'] }),
  p('cheyenne', 'Cheyenne', null, { n: ['Cheyenne Nation', 'Cheyennes', 'Northern Cheyenne', 'Southern Cheyenne'] }),
  p('arapaho', 'Arapaho', null, { n: ['Arapahoe', 'Arapahos', 'Arapaho Nation'] }),
  p('shawnee', 'Shawnee', null, { n: ['Shawnees', 'Shawnee Nation'] }),
  p('ojibwe', 'Ojibwe', null, { n: ['Ojibwa', 'Ojibway', 'Chippewa', 'Chippewas', 'Anishinaabe'] }),
  p('navajo-nation', 'Navajo Nation', null, { n: ['Navajo', 'Navajos', 'Navaho', 'Diné'] }),
  p('comanche', 'Comanche', null, { n: ['Comanches', 'Comanche Nation'] }),
  p('nez-perce', 'Nez Perce', null, { n: ['Nez Percé', 'Nimiipuu'] }),
  p('lenape', 'Lenape', null, { n: ['Lenni Lenape', 'Delaware Nation', 'Delawares'] }),
];
