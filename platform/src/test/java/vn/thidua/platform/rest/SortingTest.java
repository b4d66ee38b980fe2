package vn.thidua.platform.rest;

import org.junit.jupiter.api.Test;
import vn.thidua.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortingTest {

    public record Row(String name, LocalDate since, int rank, List<String> tags) {
    }

    private static final List<Row> ROWS = List.of(new Row("Đức", LocalDate.of(2020, 1, 1), 2, List.of()),
            new Row("Dũng", null, 1, List.of()), new Row("Ân", LocalDate.of(2019, 1, 1), 3, List.of()),
            new Row("Anh", LocalDate.of(2021, 1, 1), 1, List.of()));

    private static List<String> names(List<Row> rows) {
        return rows.stream().map(Row::name).toList();
    }

    @Test
    void textInVietnameseOrderOthersNaturallyNullsLastTiesKeepTheirOrder() {
        assertEquals(List.of("Anh", "Ân", "Dũng", "Đức"), names(Sorting.sort(ROWS, Row.class, "name")));
        assertEquals(List.of("Đức", "Dũng", "Ân", "Anh"), names(Sorting.sort(ROWS, Row.class, "-name")));
        assertEquals(List.of("Ân", "Đức", "Anh", "Dũng"), names(Sorting.sort(ROWS, Row.class, "since")));
        assertEquals(List.of("Dũng", "Anh", "Đức", "Ân"), names(Sorting.sort(ROWS, Row.class, "rank")));
        assertEquals(ROWS, Sorting.sort(ROWS, Row.class, " "));
    }

    public record Person(String fullName) {
    }

    @Test
    void aFullNameSortsByGivenNameThenTheRest() {
        List<Person> people = List.of(new Person("Trần Thị Ánh"), new Person("Lê Văn Định"), new Person("Nguyễn An"),
                new Person("Bùi Văn An"));
        assertEquals(List.of("Bùi Văn An", "Nguyễn An", "Trần Thị Ánh", "Lê Văn Định"),
                Sorting.sort(people, Person.class, "fullName").stream().map(Person::fullName).toList());
        assertEquals(List.of("Lê Văn Định", "Trần Thị Ánh", "Nguyễn An", "Bùi Văn An"),
                Sorting.sort(people, Person.class, "-fullName").stream().map(Person::fullName).toList());
    }

    @Test
    void anUnknownOrUnorderedFieldIsA400NamingSort() {
        for (String sort : new String[] {"nope", "tags", "-"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> Sorting.sort(ROWS, Row.class, sort));
            assertEquals(400, e.status());
            assertTrue(e.toProblem(null).errors().get(0).field().equals("sort"));
        }
    }
}
