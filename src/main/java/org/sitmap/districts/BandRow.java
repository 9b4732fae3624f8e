package org.sitmap.districts;

/** One distance band's line of the LoC summary. Immutable. */
public record BandRow(DistanceBand band, Counts counts) {
}
