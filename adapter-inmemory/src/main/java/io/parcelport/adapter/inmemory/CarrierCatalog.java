package io.parcelport.adapter.inmemory;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.domain.shipment.TrackingNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The carriers the backend knows, with the home country the simulator ships from, and number detection. */
final class CarrierCatalog {

    /** A carrier and the country its parcels start from. */
    record Profile(Carrier carrier, CountryCode home) {
    }

    // Codes as TrackingMore spells them; names, kinds and web sites of the real carriers.
    private static final List<Profile> BUILT_IN = List.of(
            profile("usps", "USPS", CarrierKind.POSTAL, "US", "//www.usps.com/", "1 800 275 8777"),
            profile("ups", "UPS", CarrierKind.EXPRESS, "US", "//www.ups.com/", "1 800 742 5877"),
            profile("fedex", "FedEx", CarrierKind.EXPRESS, "US", "//www.fedex.com/", "1 800 463 3339"),
            profile("dhl", "DHL", CarrierKind.EXPRESS, "DE", "//www.dhl.com/", "1 800 225 5345"),
            profile("dhl-germany", "DHL Paket", CarrierKind.EXPRESS, "DE", "//www.dhl.de/", null),
            profile("deutsch-post", "Deutsche Post", CarrierKind.POSTAL, "DE", "//www.deutschepost.de/", null),
            profile("china-post", "China post", CarrierKind.POSTAL, "CN", "//intmail.183.com.cn/", "86 20 11185"),
            profile("china-ems", "China EMS", CarrierKind.POSTAL, "CN", "//www.ems.com.cn/", "11183"),
            profile("royal-mail", "Royal Mail", CarrierKind.POSTAL, "GB", "//www.royalmail.com/", null),
            profile("canada-post", "Canada Post", CarrierKind.POSTAL, "CA", "//www.canadapost.ca/", null),
            profile("australia-post", "Australia Post", CarrierKind.POSTAL, "AU", "//auspost.com.au/", "13 13 18"),
            profile("japan-post", "Japan Post", CarrierKind.POSTAL, "JP", "//www.post.japanpost.jp/", null),
            profile("la-poste", "La Poste (Colissimo)", CarrierKind.POSTAL, "FR", "//www.laposte.fr/", null),
            profile("postnl-3s", "PostNL International 3S", CarrierKind.POSTAL, "NL", "//www.postnl.nl/", null),
            profile("tnt", "TNT", CarrierKind.EXPRESS, "NL", "//www.tnt.com/", null),
            profile("dpd", "DPD", CarrierKind.EXPRESS, "DE", "//www.dpd.com/", null),
            profile("gls", "GLS", CarrierKind.EXPRESS, "DE", "//gls-group.eu/", null),
            profile("yanwen", "Yanwen", CarrierKind.EXPRESS, "CN", "//www.yw56.com.cn/", null),
            profile("cainiao", "Cainiao", CarrierKind.EXPRESS, "CN", "//global.cainiao.com/", null),
            profile("4px", "4PX", CarrierKind.EXPRESS, "CN", "//www.4px.com/", null),
            profile("turkey-post", "Turkey Post", CarrierKind.POSTAL, "TR", "//www.ptt.gov.tr/", null),
            profile("hong-kong-post", "Hong Kong Post", CarrierKind.POSTAL, "HK", "//www.hongkongpost.hk/", null),
            profile("singapore-post", "Singapore Post", CarrierKind.POSTAL, "SG", "//www.singpost.com/",
                    "0065 / 6841 2000"),
            profile("colombia-post", "Colombia Post (4-72)", CarrierKind.POSTAL, "CO", "//www.4-72.com.co/", null),
            profile("correos-spain", "Correos de Espana", CarrierKind.POSTAL, "ES", "//www.correos.es/", null),
            profile("poste-italiane", "Poste Italiane", CarrierKind.POSTAL, "IT", "//www.poste.it/", null));

    // The postal operator of each country, for UPU S10 numbers (two letters, 8 digits, check digit, country).
    private static final Map<String, String> POST_BY_COUNTRY = Map.ofEntries(Map.entry("US", "usps"),
            Map.entry("CN", "china-post"), Map.entry("DE", "deutsch-post"), Map.entry("GB", "royal-mail"),
            Map.entry("CA", "canada-post"), Map.entry("AU", "australia-post"), Map.entry("JP", "japan-post"),
            Map.entry("FR", "la-poste"), Map.entry("NL", "postnl-3s"), Map.entry("TR", "turkey-post"),
            Map.entry("HK", "hong-kong-post"), Map.entry("SG", "singapore-post"), Map.entry("CO", "colombia-post"),
            Map.entry("ES", "correos-spain"), Map.entry("IT", "poste-italiane"));

    private static final Pattern S10 = Pattern.compile("([A-Z]{2})(\\d{8})(\\d)([A-Z]{2})");
    private static final Pattern USPS = Pattern.compile("9[1-5]\\d{18,20}");
    private static final Pattern UPS = Pattern.compile("1Z[0-9A-Z]{16}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern CAINIAO = Pattern.compile("LP\\d{14}");
    // Yanwen's own numbers, and its S10-shaped ones with the pseudo-country YP (VR020951464YP).
    private static final Pattern YANWEN = Pattern.compile("(UG|UE|YT)\\d{16}|[A-Z]{2}\\d{9}YP");
    private static final Pattern FOUR_PX = Pattern.compile("4PX\\d{10,}");
    /** Carriers known by the shape of the whole number alone, in the order they are offered. */
    private static final List<Map.Entry<Pattern, String>> BY_PATTERN = List.of(Map.entry(USPS, "usps"),
            Map.entry(UPS, "ups"), Map.entry(CAINIAO, "cainiao"), Map.entry(YANWEN, "yanwen"),
            Map.entry(FOUR_PX, "4px"));

    private final Map<CarrierCode, Profile> byCode = new LinkedHashMap<>();

    private CarrierCatalog(List<Profile> profiles) {
        for (Profile p : profiles) {
            if (byCode.putIfAbsent(p.carrier().code(), p) != null) {
                throw new IllegalArgumentException("carrier listed twice: " + p.carrier().code());
            }
        }
        if (byCode.isEmpty()) {
            throw new IllegalArgumentException("a backend needs at least one carrier");
        }
    }

    /**
     * Every carrier of TrackingMore v2's real list (628, as {@code GET /v2/carriers} answered it), with its name, kind,
     * homepage and phone as given, in the list's order; the carriers the simulator knows well keep their home country,
     * the others ship from the country their web site or phone number names ({@link #homeOf}). Built-in carriers
     * missing from that list follow it.
     */
    static CarrierCatalog builtIn() {
        Map<CarrierCode, Profile> known = new LinkedHashMap<>();
        BUILT_IN.forEach(p -> known.put(p.carrier().code(), p));
        List<Profile> profiles = new ArrayList<>();
        for (Carrier listed : RealList.CARRIERS) {
            Profile builtIn = known.remove(listed.code());
            profiles.add(new Profile(listed, builtIn != null ? builtIn.home() : homeOf(listed)));
        }
        profiles.addAll(known.values());
        return new CarrierCatalog(profiles);
    }

    /** The real list, read once from {@code carriers.tsv} beside this class. */
    private static final class RealList {
        static final List<Carrier> CARRIERS = read();

        private static List<Carrier> read() {
            try (InputStream in = CarrierCatalog.class.getResourceAsStream("carriers.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("carriers.tsv is missing from the in-memory backend's jar");
                }
                List<Carrier> carriers = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    carriers.add(new Carrier(CarrierCode.of(f[0]), f[1].isEmpty() ? f[0] : f[1],
                            CarrierKind.valueOf(f[2]), Optional.of(f[3]).filter(h -> !h.isEmpty()),
                            Optional.of(f[4]).filter(ph -> !ph.isEmpty())));
                }
                return List.copyOf(carriers);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read carriers.tsv", e);
            }
        }
    }

    /** A catalog of these carriers; a carrier that is also built in keeps its home country, others ship from US. */
    static CarrierCatalog of(List<Carrier> carriers) {
        Map<CarrierCode, Profile> known = new LinkedHashMap<>();
        BUILT_IN.forEach(p -> known.put(p.carrier().code(), p));
        List<Profile> profiles = new ArrayList<>();
        for (Carrier c : carriers) {
            CountryCode home = Optional.ofNullable(known.get(c.code())).map(Profile::home).orElse(CountryCode.of("US"));
            profiles.add(new Profile(c, home));
        }
        return new CarrierCatalog(profiles);
    }

    // Country-code top-level domains that sites use for other reasons than their country.
    private static final Set<String> GENERIC_DOMAINS = Set.of("io", "co", "me", "tv", "cc", "ws", "ai", "to", "ly");
    // International calling codes of the countries carriers in the real list name in their phone numbers.
    private static final Map<String, String> CALLING_CODES = Map.ofEntries(Map.entry("1", "US"),
            Map.entry("44", "GB"), Map.entry("49", "DE"), Map.entry("33", "FR"), Map.entry("39", "IT"),
            Map.entry("34", "ES"), Map.entry("31", "NL"), Map.entry("32", "BE"), Map.entry("41", "CH"),
            Map.entry("43", "AT"), Map.entry("45", "DK"), Map.entry("46", "SE"), Map.entry("47", "NO"),
            Map.entry("48", "PL"), Map.entry("30", "GR"), Map.entry("351", "PT"), Map.entry("353", "IE"),
            Map.entry("358", "FI"), Map.entry("380", "UA"), Map.entry("7", "RU"), Map.entry("90", "TR"),
            Map.entry("86", "CN"), Map.entry("852", "HK"), Map.entry("853", "MO"), Map.entry("886", "TW"),
            Map.entry("81", "JP"), Map.entry("82", "KR"), Map.entry("61", "AU"), Map.entry("64", "NZ"),
            Map.entry("65", "SG"), Map.entry("60", "MY"), Map.entry("62", "ID"), Map.entry("63", "PH"),
            Map.entry("66", "TH"), Map.entry("84", "VN"), Map.entry("91", "IN"), Map.entry("92", "PK"),
            Map.entry("880", "BD"), Map.entry("971", "AE"), Map.entry("966", "SA"), Map.entry("972", "IL"),
            Map.entry("20", "EG"), Map.entry("27", "ZA"), Map.entry("234", "NG"), Map.entry("55", "BR"),
            Map.entry("52", "MX"), Map.entry("54", "AR"), Map.entry("56", "CL"), Map.entry("57", "CO"));
    // China's national hotlines (400 numbers, five-digit 95xxx service numbers), written without a country code.
    private static final Pattern CHINESE_HOTLINE = Pattern.compile("400\\d{7}|95\\d{3}");

    /**
     * Where a carrier the simulator has no profile for ships from: the country of its web site's domain
     * ({@code post.ch}, {@code sto.cn}), else the country its phone number's calling code names ({@code +86 95338}),
     * else a Chinese hotline's China, else the US. A Chinese express carrier thus starts in Shenzhen, not Seattle.
     */
    static CountryCode homeOf(Carrier c) {
        Optional<CountryCode> byDomain = c.homepage().map(CarrierCatalog::topLevelDomain).flatMap(tld -> {
            String code = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
            return tld.length() == 2 && !GENERIC_DOMAINS.contains(tld) && CountryCode.isValid(code)
                    ? Optional.of(CountryCode.of(code)) : Optional.empty();
        });
        if (byDomain.isPresent()) {
            return byDomain.get();
        }
        String phone = c.phone().orElse("").strip();
        String digits = phone.replaceAll("[^0-9]", "");
        if (phone.startsWith("+") || phone.startsWith("00")) {
            String international = phone.startsWith("00") ? digits.substring(2) : digits;
            for (int length = 3; length >= 1; length--) {
                if (international.length() > length) {
                    String country = CALLING_CODES.get(international.substring(0, length));
                    if (country != null) {
                        return CountryCode.of(country);
                    }
                }
            }
        }
        return CHINESE_HOTLINE.matcher(digits).matches() ? CountryCode.of("CN") : CountryCode.of("US");
    }

    private static String topLevelDomain(String homepage) {
        String host = homepage.replaceFirst("^(https?:)?//", "").replaceFirst("[/:?#].*$", "");
        int dot = host.lastIndexOf('.');
        return dot < 0 ? "" : host.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    List<Carrier> carriers() {
        return byCode.values().stream().map(Profile::carrier).toList();
    }

    Optional<Profile> profile(CarrierCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The canonical instance of a known code; registered keys use it so that a million shipments share a handful of
     * carrier-code objects.
     */
    CarrierCode canonical(CarrierCode code) {
        Profile p = byCode.get(code);
        return p == null ? code : p.carrier().code();
    }

    /** The carriers whose numbering {@code number} follows, most likely first; only carriers of this catalog. */
    List<Carrier> detect(TrackingNumber number) {
        String n = number.value().toUpperCase(java.util.Locale.ROOT);
        List<String> codes = new ArrayList<>();
        var s10 = S10.matcher(n);
        // Like real v2, detection reads the shape and does not check the S10 check digit: the documented example
        // RN123456789CN has a wrong one and is still China Post.
        if (s10.matches()) {
            String post = POST_BY_COUNTRY.get(s10.group(4));
            // E-prefixed S10 items are EMS: in China that is a separate operator.
            if (s10.group(4).equals("CN") && s10.group(1).startsWith("E")) {
                codes.add("china-ems");
            }
            if (post != null) {
                codes.add(post);
            }
            if (s10.group(4).equals("CN")) {
                codes.add("china-ems");
            }
        }
        for (Map.Entry<Pattern, String> known : BY_PATTERN) {
            if (known.getKey().matcher(n).matches()) {
                codes.add(known.getValue());
            }
        }
        if (DIGITS.matcher(n).matches()) {
            switch (n.length()) {
                case 10 -> codes.add("dhl");
                case 12, 15 -> codes.add("fedex");
                case 14 -> codes.add("dpd");
                case 11 -> codes.add("gls");
                case 9 -> codes.add("tnt");
                case 20, 22 -> codes.add("fedex");
                default -> {
                }
            }
        }
        return codes.stream().distinct().map(CarrierCode::of).map(byCode::get).filter(p -> p != null)
                .map(Profile::carrier).toList();
    }

    /** The UPU S10 check digit of the 8-digit serial (weights 8 6 4 2 3 5 9 7, modulus 11). */
    static int s10CheckDigit(String serial) {
        int[] weights = {8, 6, 4, 2, 3, 5, 9, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (serial.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }

    /** The origin country of a number: the S10 country suffix when it has one, else the carrier's home. */
    CountryCode originOf(TrackingNumber number, Profile profile) {
        var s10 = S10.matcher(number.value().toUpperCase(java.util.Locale.ROOT));
        if (s10.matches() && CountryCode.isValid(s10.group(4))) {
            return CountryCode.of(s10.group(4));
        }
        return profile.home();
    }

    /** The postal carrier of {@code country} in this catalog, for the destination leg of postal parcels. */
    Optional<Carrier> postOf(CountryCode country) {
        return Optional.ofNullable(POST_BY_COUNTRY.get(country.value())).map(CarrierCode::of).map(byCode::get)
                .map(Profile::carrier);
    }

    private static Profile profile(String code, String name, CarrierKind kind, String home, String homepage,
            String phone) {
        return new Profile(new Carrier(CarrierCode.of(code), name, kind, Optional.of(homepage),
                Optional.ofNullable(phone)), CountryCode.of(home));
    }
}
