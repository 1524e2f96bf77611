package org.ccadmin.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ListParamsTest {

    private static final Set<String> SORTABLE = Set.of("name", "createdAt", "id");

    /** Builds a ListParams as JAX-RS would, from raw query strings (null = parameter absent). */
    static ListParams params(String q, String page, String size, String sort) {
        ListParams params = new ListParams();
        set(params, "q", q);
        set(params, "page", page);
        set(params, "size", size);
        set(params, "sort", sort);
        return params;
    }

    private static void set(ListParams params, String name, String value) {
        try {
            Field field = ListParams.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(params, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("ListParams has no field " + name, e);
        }
    }

    private static PageRequest request(String q, String page, String size, String sort) {
        return params(q, page, size, sort).toRequest(SORTABLE, "name");
    }

    private static List<FieldError> refused(String q, String page, String size, String sort) {
        return assertThrows(InvalidInputException.class, () -> request(q, page, size, sort)).errors();
    }

    private static FieldError single(List<FieldError> errors) {
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        return errors.get(0);
    }

    @Test
    void defaults() {
        PageRequest r = request(null, null, null, null);
        assertEquals(new PageRequest(0, 25, "name", true, null), r);
        assertEquals(PageRequest.DEFAULT_SIZE, r.size());
    }

    @Test
    void blankParametersMeanTheDefaults() {
        assertEquals(new PageRequest(0, 25, "name", true, null), request("", " ", "", "  "));
    }

    @Test
    void theResourceDefaultDirectionIsKeptWithoutSort() {
        Violations v = new Violations();
        PageRequest r = params(null, null, null, null).toRequest(v, SORTABLE, "createdAt", false);
        assertTrue(v.isEmpty());
        assertEquals(new PageRequest(0, 25, "createdAt", false, null), r);
    }

    @Test
    void pageAndSizeAreRead() {
        PageRequest r = request(null, "3", " 40 ", null);
        assertEquals(3, r.page());
        assertEquals(40, r.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "500"})
    void sizeLimitsAreAccepted(String size) {
        assertEquals(Integer.parseInt(size), request(null, null, size, null).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "abc", "-1", "1.5", "25x", "99999999999"})
    void badSizeIsRefusedNamingSize(String size) {
        FieldError error = single(refused(null, null, size, null));
        assertEquals("size", error.field());
        assertEquals("invalidInput.outOfRange", error.code());
        assertTrue(error.message().contains("1 to 500"), error.message());
    }

    @Test
    void largestPageIsAccepted() {
        assertEquals(PageRequest.MAX_PAGE, request(null, Integer.toString(PageRequest.MAX_PAGE), null, null).page());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1.0", "99999999999"})
    void badPageIsRefusedNamingPage(String page) {
        FieldError error = single(refused(null, page, null, null));
        assertEquals("page", error.field());
        assertEquals("invalidInput.outOfRange", error.code());
    }

    @Test
    void pageBeyondTheLargestIsRefused() {
        FieldError error = single(refused(null, Integer.toString(PageRequest.MAX_PAGE + 1), null, null));
        assertEquals("page", error.field());
    }

    @Test
    void unknownSortFieldIsRefusedNamingSort() {
        FieldError error = single(refused(null, null, null, "colour"));
        assertEquals("sort", error.field());
        assertEquals("invalidInput.sortField", error.code());
        assertTrue(error.message().contains("createdAt, id, name"), error.message());
    }

    @Test
    void sortFieldsAreCaseSensitive() {
        assertEquals("sort", single(refused(null, null, null, "Name")).field());
    }

    @Test
    void sortDescending() {
        PageRequest r = request(null, null, null, "name,desc");
        assertEquals("name", r.sortField());
        assertFalse(r.ascending());
    }

    @Test
    void sortDirectionIgnoresCase() {
        PageRequest r = request(null, null, null, "name,ASC");
        assertEquals("name", r.sortField());
        assertTrue(r.ascending());
        assertFalse(request(null, null, null, "name,DeSc").ascending());
    }

    @Test
    void sortWithoutDirectionIsAscending() {
        PageRequest r = request(null, null, null, "createdAt");
        assertEquals("createdAt", r.sortField());
        assertTrue(r.ascending());
    }

    @Test
    void sortWithoutDirectionIsAscendingEvenWhenTheDefaultIsDescending() {
        Violations v = new Violations();
        PageRequest r = params(null, null, null, "name").toRequest(v, SORTABLE, "createdAt", false);
        assertTrue(v.isEmpty());
        assertEquals("name", r.sortField());
        assertTrue(r.ascending());
    }

    @Test
    void spacesAroundSortPartsAreIgnored() {
        PageRequest r = request(null, null, null, " createdAt , desc ");
        assertEquals("createdAt", r.sortField());
        assertFalse(r.ascending());
    }

    @ParameterizedTest
    @ValueSource(strings = {"name,sideways", "name,", "name,ascending", "name, "})
    void badSortDirectionIsRefusedNamingSort(String sort) {
        FieldError error = single(refused(null, null, null, sort));
        assertEquals("sort", error.field());
        assertEquals("invalidInput.sortDirection", error.code());
    }

    @Test
    void tooManySortPartsAreRefused() {
        List<FieldError> errors = refused(null, null, null, "a,b,c");
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(e -> e.field().equals("sort")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.code().equals("invalidInput.sortDirection")), errors::toString);
    }

    @Test
    void tooManySortPartsAreRefusedEvenForAKnownField() {
        FieldError error = single(refused(null, null, null, "name,asc,desc"));
        assertEquals("sort", error.field());
        assertEquals("invalidInput.sortDirection", error.code());
    }

    @Test
    void aDirectionWithoutFieldIsRefused() {
        assertEquals("sort", single(refused(null, null, null, ",desc")).field());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankTextBecomesNull(String q) {
        assertNull(request(q, null, null, null).text());
    }

    @Test
    void textIsTrimmed() {
        assertEquals("ann lee", request("  ann lee ", null, null, null).text());
    }

    @Test
    void everyBadParameterIsReportedTogether() {
        List<FieldError> errors = refused(null, "-1", "0", "colour,sideways");
        assertEquals(List.of("page", "size", "sort", "sort"), errors.stream().map(FieldError::field).toList());
        assertEquals(4, errors.size());
    }

    @Test
    void theViolationsVariantCollectsInsteadOfThrowing() {
        Violations v = new Violations();
        v.add("action", "invalidInput.enum", "action is bad.");
        PageRequest r = params("x", "-5", "1000", "colour").toRequest(v, SORTABLE, "createdAt", false);
        assertEquals(0, r.page(), "falls back to the default page");
        assertEquals(25, r.size(), "falls back to the default size");
        assertEquals("createdAt", r.sortField(), "falls back to the default sort");
        assertEquals("x", r.text());
        assertTrue(v.has("action"));
        assertTrue(v.has("page"));
        assertTrue(v.has("size"));
        assertTrue(v.has("sort"));
        assertEquals(4, v.errors().size());
    }
}
