package org.sitmap.io.incidents;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitmap.core.IncidentType;

/**
 * The one table between ACLED's sub-event types (codebook 2019 onwards; event type in brackets)
 * and our {@link IncidentType}s. Reading, keywords are looked for case-insensitively in the notes:
 * <pre>
 * Shelling/artillery/missile attack (Explosions/Remote violence)
 *                                  missile if notes mention "missile", mortar if "mortar",
 *                                  else artillery_shelling
 * Air/drone strike (Explosions/Remote violence)
 *                                  drone_strike if notes mention drone, UAV or quadcopter, else air_strike
 * Remote explosive/landmine/IED, Grenade, Suicide bomb (Explosions/Remote violence)
 *                                  ied_explosion
 * Armed clash (Battles)            sniping if notes mention sniper/sniping, else small_arms_fire
 * Attack (Violence against civilians)
 *                                  small_arms_fire
 * Disrupted weapons use (Strategic developments)
 *                                  drone_incursion if notes mention drone, UAV or quadcopter, else other
 * every other codebook sub-event   other, quietly: they are real ACLED categories (protests,
 *                                  riots, arrests, territory changes, chemical weapon, ...) that
 *                                  simply are not fire incidents, so there is nothing to warn about
 * empty or not in the codebook     other, and {@link #map} returns null so the reader warns
 * </pre>
 * Mortar and drone_incursion go beyond the minimum because LoC reporting names them so often.
 * Writing, {@link #subEventFor} picks a codebook sub-event for each of our types (the inverse of the
 * table; infiltration and other become "Other"). Stateless and thread-safe.
 */
final class AcledTypeMapping {

    private enum Rule {
        SHELLING, AIR_OR_DRONE, EXPLOSIVE, CLASH, ATTACK, DISRUPTED_WEAPONS, NOT_FIRE
    }

    private record Entry(String subEvent, String eventType, Rule rule) {
    }

    private static final String BATTLES = "Battles";
    private static final String REMOTE = "Explosions/Remote violence";
    private static final String CIVILIANS = "Violence against civilians";
    private static final String PROTESTS = "Protests";
    private static final String RIOTS = "Riots";
    private static final String STRATEGIC = "Strategic developments";

    private static final Map<String, Entry> BY_LOWER_NAME = new HashMap<>();

    static {
        add("Armed clash", BATTLES, Rule.CLASH);
        add("Government regains territory", BATTLES, Rule.NOT_FIRE);
        add("Non-state actor overtakes territory", BATTLES, Rule.NOT_FIRE);
        add("Chemical weapon", REMOTE, Rule.NOT_FIRE);
        add("Air/drone strike", REMOTE, Rule.AIR_OR_DRONE);
        add("Suicide bomb", REMOTE, Rule.EXPLOSIVE);
        add("Shelling/artillery/missile attack", REMOTE, Rule.SHELLING);
        add("Remote explosive/landmine/IED", REMOTE, Rule.EXPLOSIVE);
        add("Grenade", REMOTE, Rule.EXPLOSIVE);
        add("Sexual violence", CIVILIANS, Rule.NOT_FIRE);
        add("Attack", CIVILIANS, Rule.ATTACK);
        add("Abduction/forced disappearance", CIVILIANS, Rule.NOT_FIRE);
        add("Peaceful protest", PROTESTS, Rule.NOT_FIRE);
        add("Protest with intervention", PROTESTS, Rule.NOT_FIRE);
        add("Excessive force against protesters", PROTESTS, Rule.NOT_FIRE);
        add("Violent demonstration", RIOTS, Rule.NOT_FIRE);
        add("Mob violence", RIOTS, Rule.NOT_FIRE);
        add("Agreement", STRATEGIC, Rule.NOT_FIRE);
        add("Arrests", STRATEGIC, Rule.NOT_FIRE);
        add("Change to group/activity", STRATEGIC, Rule.NOT_FIRE);
        add("Disrupted weapons use", STRATEGIC, Rule.DISRUPTED_WEAPONS);
        add("Headquarters or base established", STRATEGIC, Rule.NOT_FIRE);
        add("Looting/property destruction", STRATEGIC, Rule.NOT_FIRE);
        add("Non-violent transfer of territory", STRATEGIC, Rule.NOT_FIRE);
        add("Other", STRATEGIC, Rule.NOT_FIRE);
    }

    private AcledTypeMapping() {
    }

    private static void add(String subEvent, String eventType, Rule rule) {
        BY_LOWER_NAME.put(subEvent.toLowerCase(Locale.ROOT), new Entry(subEvent, eventType, rule));
    }

    private static Entry entry(String subEvent) {
        return subEvent == null ? null : BY_LOWER_NAME.get(subEvent.strip().toLowerCase(Locale.ROOT));
    }

    /** Our type for an ACLED sub-event type, or null if it is empty or not in the codebook. */
    static IncidentType map(String subEventType, String notes) {
        Entry entry = entry(subEventType);
        if (entry == null) {
            return null;
        }
        switch (entry.rule) {
            case SHELLING: {
                String lower = lower(notes);
                return lower.contains("missile") ? IncidentType.MISSILE
                        : lower.contains("mortar") ? IncidentType.MORTAR : IncidentType.ARTILLERY_SHELLING;
            }
            case AIR_OR_DRONE:
                return mentionsDrone(lower(notes)) ? IncidentType.DRONE_STRIKE : IncidentType.AIR_STRIKE;
            case EXPLOSIVE:
                return IncidentType.IED_EXPLOSION;
            case CLASH: {
                String lower = lower(notes);
                return lower.contains("sniper") || lower.contains("sniping")
                        ? IncidentType.SNIPING : IncidentType.SMALL_ARMS_FIRE;
            }
            case ATTACK:
                return IncidentType.SMALL_ARMS_FIRE;
            case DISRUPTED_WEAPONS:
                return mentionsDrone(lower(notes)) ? IncidentType.DRONE_INCURSION : IncidentType.OTHER;
            default:
                return IncidentType.OTHER;
        }
    }

    /** The codebook's event type for a sub-event type, or null if unknown. */
    static String eventTypeOf(String subEventType) {
        Entry entry = entry(subEventType);
        return entry == null ? null : entry.eventType;
    }

    /** The codebook spelling of a known sub-event type, or null if unknown. */
    static String canonicalSubEvent(String subEventType) {
        Entry entry = entry(subEventType);
        return entry == null ? null : entry.subEvent;
    }

    /** The codebook sub-event an export writes for one of our types. */
    static String subEventFor(IncidentType type) {
        switch (type) {
            case ARTILLERY_SHELLING:
            case MORTAR:
            case MISSILE:
                return "Shelling/artillery/missile attack";
            case DRONE_STRIKE:
            case AIR_STRIKE:
                return "Air/drone strike";
            case IED_EXPLOSION:
                return "Remote explosive/landmine/IED";
            case SMALL_ARMS_FIRE:
            case SNIPING:
            case CEASEFIRE_VIOLATION:
                return "Armed clash";
            case DRONE_INCURSION:
                return "Disrupted weapons use";
            default:
                return "Other";
        }
    }

    private static boolean mentionsDrone(String lowerNotes) {
        return lowerNotes.contains("drone") || lowerNotes.contains("uav") || lowerNotes.contains("quadcopter");
    }

    /** Notes in lower case for keyword search ("" for none); ASCII-only text is not copied if already lower. */
    private static String lower(String notes) {
        return notes == null ? "" : notes.toLowerCase(Locale.ROOT);
    }
}
