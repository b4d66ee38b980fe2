package vn.thidua.platform.rest;

import org.junit.jupiter.api.Test;
import vn.thidua.platform.problem.Problem;
import vn.thidua.platform.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PagingTest {

    @Test
    void acceptsPagesWhoseFirstRowIsAnInt() {
        assertEquals(new Paging(0, 50), Paging.of(0, 50));
        assertEquals(1000, Paging.of(2, 500).offset());
        assertEquals(Integer.MAX_VALUE - 1, Paging.of(Integer.MAX_VALUE - 1, 1).offset());
    }

    @Test
    void refusesEachBadParameterByName() {
        assertEquals("page", refused(-1, 50));
        assertEquals("page", refused(Integer.MAX_VALUE, 50));
        assertEquals("page", refused(Integer.MAX_VALUE / 500, 500));
        assertEquals("size", refused(0, 0));
        assertEquals("size", refused(0, Paging.MAX_SIZE + 1));
    }

    private static String refused(int page, int size) {
        ProblemException e = assertThrows(ProblemException.class, () -> Paging.of(page, size));
        assertEquals(400, e.status());
        Problem problem = e.toProblem(null);
        return problem.errors().get(0).field();
    }
}
