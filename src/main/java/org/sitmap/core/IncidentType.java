package org.sitmap.core;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of incident was reported. The {@link #code()} is what the database stores and what
 * exports write; {@link #label()} is for people. Immutable enum; the order is the legend order.
 */
public enum IncidentType {
    ARTILLERY_SHELLING("artillery_shelling", "Artillery/shelling"),
    MORTAR("mortar", "Mortar"),
    SMALL_ARMS_FIRE("small_arms_fire", "Small-arms fire"),
    SNIPING("sniping", "Sniping"),
    DRONE_INCURSION("drone_incursion", "Drone incursion"),
    DRONE_STRIKE("drone_strike", "Drone strike"),
    AIR_STRIKE("air_strike", "Air strike"),
    MISSILE("missile", "Missile"),
    IED_EXPLOSION("ied_explosion", "IED/explosion"),
    INFILTRATION("infiltration", "Infiltration"),
    CEASEFIRE_VIOLATION("ceasefire_violation", "Ceasefire violation (unspecified)"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    IncidentType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The type with this code (case-insensitive), if any. */
    public static Optional<IncidentType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (IncidentType t : values()) {
            if (t.code.equals(c)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
