package org.sitmap.io.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;

class CalendarDatesTest {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter PADDED_SHORT = DateTimeFormatter.ofPattern("dd MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("dd MMMM uuuu", Locale.ENGLISH);

    @Property
    void everyAcledFormOfADayParsesToThatDay(@ForAll @DateRange(min = "1000-01-01", max = "9999-12-31") LocalDate day) {
        assertEquals(day, CalendarDates.acledDay(ISO.format(day)));
        assertEquals(day, CalendarDates.acledDay(PADDED_SHORT.format(day)));
        assertEquals(day, CalendarDates.acledDay(SHORT.format(day)));
        assertEquals(day, CalendarDates.acledDay(LONG.format(day)));
        assertEquals(day, CalendarDates.acledDay(PADDED_SHORT.format(day).toUpperCase(Locale.ROOT)));
    }

    @Example
    void impossibleOrMalformedDaysAreRejected() {
        for (String bad : new String[] {"2025-13-45", "2025-02-29", "31 Feb 2025", "7 Mai 2025", "07/05/2025",
            "2025-5-7", "07 May 25", "", " ", "May 7 2025", "123 May 2025"}) {
            assertNull(CalendarDates.acledDay(bad), bad);
        }
    }

    @Example
    void ucdpDaysMayCarryAMidnightTime() {
        assertEquals(LocalDate.of(1990, 10, 4), CalendarDates.ucdpDay("1990-10-04 00:00:00.000"));
        assertEquals(LocalDate.of(1990, 10, 4), CalendarDates.ucdpDay("1990-10-04"));
        assertNull(CalendarDates.ucdpDay("04.10.1990"));
    }
}
