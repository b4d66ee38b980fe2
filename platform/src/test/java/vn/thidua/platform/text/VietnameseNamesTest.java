package vn.thidua.platform.text;

import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VietnameseNamesTest {

    @Test
    void sortsByGivenNameThenFamilyName() {
        List<String> names = new ArrayList<>(List.of(
                "Lê Văn Định", "Nguyễn Thị Anh", "Trần Văn Dũng", "Phạm Thị Ánh", "Võ Thị Ân", "Đỗ Văn Ân",
                "Nguyễn Văn Ơn", "Lê Thị Ô", "Trần Thị Oanh", "Bùi Văn Út", "Hồ Thị Uyên", "Nguyễn Thị Ưng"));
        names.sort(VietnameseNames.byGivenName());
        assertEquals(List.of(
                "Nguyễn Thị Anh", "Phạm Thị Ánh", "Đỗ Văn Ân", "Võ Thị Ân", "Trần Văn Dũng", "Lê Văn Định",
                "Trần Thị Oanh", "Lê Thị Ô", "Nguyễn Văn Ơn", "Bùi Văn Út", "Hồ Thị Uyên", "Nguyễn Thị Ưng"),
                names);
    }

    @Test
    void decomposedInputSortsLikeComposed() {
        String decomposed = java.text.Normalizer.normalize("Lê Văn Định", java.text.Normalizer.Form.NFD);
        assertEquals(0, VietnameseNames.byGivenName().compare(decomposed, "Lê  Văn Định"));
    }

    @Test
    void whiteSpaceRunsCountAsOneSpace() {
        assertEquals(List.of("Lê Văn", "Định"), List.of(VietnameseNames.split(" Lê \t Văn\n\nĐịnh ")));
        assertEquals(List.of("Lê Văn", "Định"), List.of(VietnameseNames.split("Lê\tVăn Định")));
        assertEquals(List.of("Lê Văn", "Định"), List.of(VietnameseNames.split("Lê Văn Định")));
    }

    @Test
    void keyedSortOrdersAsComparingEachPairAfresh() {
        // The order by keys kept per name must be the plain one: split and collate both names at each comparison.
        Collator collator = VietnameseNames.collator();
        Comparator<String> afresh = (a, b) -> {
            String[] left = VietnameseNames.split(a);
            String[] right = VietnameseNames.split(b);
            int byGiven = collator.compare(left[1], right[1]);
            return byGiven != 0 ? byGiven : collator.compare(left[0], right[0]);
        };
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Đỗ", "Võ", "Bùi", "Hồ", "Ông", "Âu"};
        String[] middle = {"Văn", "Thị", "Hữu", "Ngọc", "Thị Kim", ""};
        String[] given = {"Anh", "Ánh", "Ân", "Dũng", "Định", "Oanh", "Ô", "Ơn", "Út", "Uyên", "Ưng", "An"};
        Random random = new Random(42);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            names.add(family[random.nextInt(family.length)] + " " + middle[random.nextInt(middle.length)]
                    + (random.nextInt(10) == 0 ? "  " : " ") + given[random.nextInt(given.length)]);
        }
        names.add(null);
        List<String> expected = new ArrayList<>(names);
        expected.sort(Comparator.nullsFirst(afresh));
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.nullsFirst(VietnameseNames.byGivenName()));
        assertEquals(expected, sorted);
    }

    @Test
    void singleWordNameIsItsGivenName() {
        assertEquals("Định", VietnameseNames.split("Định")[1]);
        assertEquals("", VietnameseNames.split("Định")[0]);
    }
}
