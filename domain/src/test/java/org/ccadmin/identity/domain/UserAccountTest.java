package org.ccadmin.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts are created with a real password hash, so one account is shared by the tests that need one. */
class UserAccountTest {

    private static final String PASSWORD = "twelve-chars";
    private static UserAccount account;

    @BeforeAll
    static void createOnce() {
        account = UserAccount.create("Alice", PASSWORD.toCharArray(), Set.of(Role.SUPERVISOR, Role.ADMINISTRATOR));
    }

    private static List<FieldError> refusal(String userName, String password, Set<String> roles) {
        return assertThrows(InvalidInputException.class,
                () -> UserAccount.create(userName, password == null ? null : password.toCharArray(), roles)).errors();
    }

    @Test
    void passwordOfExactly12CharactersIsAccepted() {
        assertEquals(12, PASSWORD.length());
        assertEquals("Alice", account.userName());
    }

    @Test
    void passwordShorterThan12CharactersIsRefused() {
        List<FieldError> errors = refusal("alice", "a".repeat(11), Set.of(Role.ADMINISTRATOR));
        assertEquals(1, errors.size());
        assertEquals("password", errors.get(0).field());
        assertEquals("invalidInput.password", errors.get(0).code());
    }

    @Test
    void emptyPasswordIsRefused() {
        assertEquals("password", refusal("alice", "", Set.of(Role.ADMINISTRATOR)).get(0).field());
    }

    @Test
    void missingPasswordIsRefused() {
        assertEquals("password", refusal("alice", null, Set.of(Role.ADMINISTRATOR)).get(0).field());
    }

    @Test
    void passwordLongerThan256CharactersIsRefused() {
        assertEquals("password", refusal("alice", "a".repeat(257), Set.of(Role.ADMINISTRATOR)).get(0).field());
    }

    @Test
    void unknownRoleIsRefused() {
        List<FieldError> errors = refusal("alice", PASSWORD, Set.of("root"));
        assertEquals(1, errors.size());
        assertEquals("roles", errors.get(0).field());
        assertEquals("invalidInput.unknownRole", errors.get(0).code());
        assertTrue(errors.get(0).message().contains("root"), errors.get(0).message());
    }

    @Test
    void roleNamesAreCaseSensitive() {
        assertEquals("roles", refusal("alice", PASSWORD, Set.of("Administrator")).get(0).field());
    }

    @Test
    void blankUserNameIsRefused() {
        assertEquals("userName", refusal("  ", PASSWORD, Set.of(Role.ADMINISTRATOR)).get(0).field());
    }

    @Test
    void userNameWithSurroundingSpacesIsRefused() {
        assertEquals("userName", refusal(" alice", PASSWORD, Set.of(Role.ADMINISTRATOR)).get(0).field());
    }

    @Test
    void severalProblemsAreReportedTogether() {
        List<FieldError> errors = refusal(null, "short", Set.of("root"));
        assertEquals(List.of("userName", "password", "roles"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void rolesRoundTrip() {
        assertEquals(Set.of(Role.ADMINISTRATOR, Role.SUPERVISOR), account.roles());
    }

    @Test
    void rolesAreACopy() {
        account.roles().clear();
        assertEquals(2, account.roles().size());
    }

    @Test
    void newAccountIsEnabled() {
        assertTrue(account.enabled());
    }

    @Test
    void accountKeepsAHashNeverThePassword() {
        assertNotEquals(PASSWORD, account.passwordHash());
        assertTrue(account.passwordHash().startsWith("pbkdf2-sha512$210000$"), account.passwordHash());
    }

    @Test
    void accountAcceptsItsPassword() {
        assertTrue(account.accepts(PASSWORD.toCharArray()));
    }

    @Test
    void accountRefusesAnotherPassword() {
        assertFalse(account.accepts("twelve-charz".toCharArray()));
    }

    @Test
    void changePasswordRefusesAShortPassword() {
        String before = account.passwordHash();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> account.changePassword("short".toCharArray()));
        assertEquals("password", e.errors().get(0).field());
        assertEquals(before, account.passwordHash());
    }
}
