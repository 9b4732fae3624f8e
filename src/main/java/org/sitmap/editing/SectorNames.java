package org.sitmap.editing;

import java.util.List;

/**
 * LoC sectors and valleys that reports name but the basemap's places layer (GeoNames towns of
 * 15,000+ people) does not hold, with the district each lies in. The gazetteer finds them and
 * positions them at that district's zone, with district precision: a district fact, not an
 * invented coordinate. Constants only.
 */
final class SectorNames {

    /** A sector name, the district it lies in (canonical spelling) and the side (ISO2). */
    record Sector(String name, String district, String side) {
    }

    static final List<Sector> ALL = List.of(
            new Sector("Mendhar", "Poonch", "IN"),
            new Sector("Krishna Ghati", "Poonch", "IN"),
            new Sector("Balakote", "Poonch", "IN"),
            new Sector("Nowshera", "Rajouri", "IN"),
            new Sector("Pallanwala", "Jammu", "IN"),
            new Sector("Gurez", "Bandipora", "IN"),
            new Sector("Machil", "Kupwara", "IN"),
            new Sector("Kel", "Neelum", "PK"),
            new Sector("Sharda", "Neelum", "PK"),
            new Sector("Leepa", "Hattian Bala", "PK"),
            new Sector("Chakothi", "Hattian Bala", "PK"),
            new Sector("Nakyal", "Kotli", "PK"));

    private SectorNames() {
    }
}
