package vn.thidua.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private final List<Integer> five = List.of(1, 2, 3, 4, 5);

    @Test
    void cutsPagesAndKeepsTheTotal() {
        assertEquals(new Page<>(List.of(1, 2), 5), Page.of(five, 0, 2));
        assertEquals(new Page<>(List.of(5), 5), Page.of(five, 2, 2));
        assertEquals(new Page<>(List.of(), 5), Page.of(five, 3, 2));
    }

    @Test
    void hugePagesDoNotOverflow() {
        assertEquals(new Page<>(List.of(), 5), Page.of(five, Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertEquals(new Page<>(List.of(1, 2, 3, 4, 5), 5), Page.of(five, 0, Integer.MAX_VALUE));
    }
}
