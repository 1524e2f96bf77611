package org.ccadmin.shared.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static PageRequest request(int page, int size, String text) {
        return new PageRequest(page, size, "name", true, text);
    }

    @Test
    void sizeOfOneIsAccepted() {
        assertDoesNotThrow(() -> request(0, 1, null));
    }

    @Test
    void sizeOf500IsAccepted() {
        assertDoesNotThrow(() -> request(0, PageRequest.MAX_SIZE, null));
        assertEquals(500, PageRequest.MAX_SIZE);
    }

    @Test
    void sizeOfZeroIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> request(0, 0, null));
    }

    @Test
    void negativeSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> request(0, -1, null));
    }

    @Test
    void sizeOf501IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> request(0, 501, null));
    }

    @Test
    void negativePageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> request(-1, 25, null));
    }

    @Test
    void pageZeroIsTheFirstPage() {
        assertEquals(0, request(0, 25, null).offset());
    }

    @Test
    void offsetIsPageTimesSize() {
        assertEquals(75, request(3, 25, null).offset());
        assertEquals(1000, request(2, 500, null).offset());
    }

    @Test
    void blankTextBecomesNull() {
        assertNull(request(0, 25, "").text());
        assertNull(request(0, 25, "   ").text());
        assertNull(request(0, 25, null).text());
    }

    @Test
    void textIsTrimmed() {
        assertEquals("sales", request(0, 25, "  sales ").text());
    }

    @Test
    void firstStartsAtPageZeroAscendingWithoutText() {
        PageRequest first = PageRequest.first(10, "id");
        assertEquals(new PageRequest(0, 10, "id", true, null), first);
    }

    @Test
    void defaultSizeIsWithinBounds() {
        assertTrue(PageRequest.DEFAULT_SIZE >= 1 && PageRequest.DEFAULT_SIZE <= PageRequest.MAX_SIZE);
    }

    // --- Page

    private static Page<String> page(long total, int size) {
        return new Page<>(List.of(), total, PageRequest.first(size, "name"));
    }

    @Test
    void lastPageOfAnEmptyResultIsZero() {
        assertEquals(0, page(0, 25).lastPage());
    }

    @Test
    void lastPageOfASingleRowIsZero() {
        assertEquals(0, page(1, 25).lastPage());
    }

    @Test
    void lastPageOfExactlyOneFullPageIsZero() {
        assertEquals(0, page(25, 25).lastPage());
    }

    @Test
    void oneRowMoreThanAFullPageStartsASecondPage() {
        assertEquals(1, page(26, 25).lastPage());
    }

    @Test
    void lastPageCountsFromZero() {
        assertEquals(3, page(100, 25).lastPage());
        assertEquals(4, page(101, 25).lastPage());
        assertEquals(9, page(10, 1).lastPage());
    }

    @Test
    void mapTransformsItemsAndKeepsTotalAndRequest() {
        PageRequest r = PageRequest.first(2, "name");
        Page<Integer> mapped = new Page<>(List.of("a", "bb"), 7, r).map(String::length);
        assertEquals(List.of(1, 2), mapped.items());
        assertEquals(7, mapped.total());
        assertEquals(r, mapped.request());
    }
}
