package vn.thidua.platform.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VietnameseNamesTest {

    @Test
    void sortsByGivenNameThenFamilyName() {
        List<String> names = new ArrayList<>(List.of(
                "Lê Văn Định", "Nguyễn Thị Anh", "Trần Văn Dũng", "Phạm Thị Ánh", "Võ Thị Ân", "Đỗ Văn Ân",
                "Nguyễn Văn Ơn", "Lê Thị Ô", "Trần Thị Oanh", "Bùi Văn Út", "Hồ Thị Uyên", "Nguyễn Thị Ưng"));
        names.sort(VietnameseNames.BY_GIVEN_NAME);
        assertEquals(List.of(
                "Nguyễn Thị Anh", "Phạm Thị Ánh", "Đỗ Văn Ân", "Võ Thị Ân", "Trần Văn Dũng", "Lê Văn Định",
                "Trần Thị Oanh", "Lê Thị Ô", "Nguyễn Văn Ơn", "Bùi Văn Út", "Hồ Thị Uyên", "Nguyễn Thị Ưng"),
                names);
    }

    @Test
    void decomposedInputSortsLikeComposed() {
        String decomposed = java.text.Normalizer.normalize("Lê Văn Định", java.text.Normalizer.Form.NFD);
        assertEquals(0, VietnameseNames.BY_GIVEN_NAME.compare(decomposed, "Lê  Văn Định"));
    }

    @Test
    void singleWordNameIsItsGivenName() {
        assertEquals("Định", VietnameseNames.split("Định")[1]);
        assertEquals("", VietnameseNames.split("Định")[0]);
    }
}
