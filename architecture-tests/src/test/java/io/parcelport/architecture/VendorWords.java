package io.parcelport.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The conditions behind the vendor-word rules of {@link ParcelportRules}: which string literals a class holds, read
 * from its class file's constant pool, and whether a class or member is named after the vendor.
 *
 * <p>The constant pool is where javac puts every string literal a class uses ({@code "transit"} in a map, a
 * {@code switch} case, or a {@code static final} field, which javac also inlines), so reading it catches a word
 * however the code spells its use. ArchUnit does not expose the pool, hence this small reader.
 */
final class VendorWords {

    /**
     * TrackingMore v2's status words that are not also plain English (reference §3.1): {@code pending},
     * {@code delivered}, {@code exception} and {@code expired} are left out, because a class may well use those words
     * for itself (the CLI's {@code --status delivered} command does).
     */
    static final Set<String> V2_STATUS_WORDS = Set.of("transit", "pickup", "undelivered", "notfound", "inforeceived");

    /**
     * The field, parameter and header names TrackingMore v4 introduced (v4 reference §2, §3, §11), which v2 does not
     * use: a class holding one of them speaks v4's wire format.
     */
    static final Set<String> V4_WIRE_WORDS = Set.of("courier_code", "courier_code_new", "delivery_status",
            "checkpoint_delivery_status", "checkpoint_delivery_substatus", "tracking_detail", "archived_status",
            "pages_amount", "items_amount", "tracking_numbers", "awb_number", "Tracking-Api-Key");

    private static final String VENDOR = "trackingmore";

    private VendorWords() {
    }

    /** A class holds none of {@link #V2_STATUS_WORDS} as a string literal. */
    static ArchCondition<JavaClass> holdNoV2StatusWordLiteral() {
        return new ArchCondition<>("hold no TrackingMore v2 status word " + new TreeSet<>(V2_STATUS_WORDS)
                + " as a string literal") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Set<String> found = new TreeSet<>(stringLiterals(javaClass));
                found.retainAll(V2_STATUS_WORDS);
                for (String word : found) {
                    events.add(SimpleConditionEvent.violated(javaClass, "Class <" + javaClass.getName()
                            + "> holds the TrackingMore v2 status word \"" + word + "\" as a string literal"));
                }
            }
        };
    }

    /** A class holds none of {@link #V4_WIRE_WORDS} as a string literal. */
    static ArchCondition<JavaClass> holdNoV4WireWordLiteral() {
        return new ArchCondition<>("hold no TrackingMore v4 wire word " + new TreeSet<>(V4_WIRE_WORDS)
                + " as a string literal") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Set<String> found = new TreeSet<>(stringLiterals(javaClass));
                found.retainAll(V4_WIRE_WORDS);
                for (String word : found) {
                    events.add(SimpleConditionEvent.violated(javaClass, "Class <" + javaClass.getName()
                            + "> holds the TrackingMore v4 wire word \"" + word + "\" as a string literal"));
                }
            }
        };
    }

    /** Neither a class nor any of its fields and methods has "TrackingMore" in its name, in any case. */
    static ArchCondition<JavaClass> notBeNamedAfterTheVendor() {
        return new ArchCondition<>("not have \"TrackingMore\" in the name of the class or any field or method") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (namesVendor(javaClass.getSimpleName())) {
                    events.add(SimpleConditionEvent.violated(javaClass, "Class <" + javaClass.getName()
                            + "> is named after TrackingMore"));
                }
                Stream.concat(javaClass.getFields().stream(), javaClass.getMethods().stream())
                        .map(JavaMember.class::cast)
                        .filter(member -> namesVendor(member.getName()))
                        .forEach(member -> events.add(SimpleConditionEvent.violated(member, "Member <"
                                + member.getFullName() + "> of class <" + javaClass.getName()
                                + "> is named after TrackingMore")));
            }
        };
    }

    private static boolean namesVendor(String name) {
        return name.toLowerCase(Locale.ROOT).contains(VENDOR);
    }

    /** Every {@code CONSTANT_String} of the class file (JVMS §4.4.3). */
    static Set<String> stringLiterals(JavaClass javaClass) {
        URI uri = javaClass.getSource().orElseThrow(() -> new IllegalStateException(
                "no class file for " + javaClass.getName())).getUri();
        try (InputStream raw = uri.toURL().openStream(); DataInputStream in = new DataInputStream(raw)) {
            return stringLiterals(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file of " + javaClass.getName(), e);
        }
    }

    private static Set<String> stringLiterals(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        Map<Integer, String> utf8 = new HashMap<>();
        List<Integer> strings = new java.util.ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8.put(i, in.readUTF());
                case 8 -> strings.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or double takes two entries (JVMS §4.4.5)
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        Set<String> out = new HashSet<>();
        strings.forEach(index -> out.add(utf8.get(index)));
        return out;
    }
}
