package org.ccadmin.businesshours.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Violations;

/**
 * Why a business hour is open or closed: a code that routing scripts test and a text for people. Codes 1 to
 * 1000 are the system's ({@link SystemReasons}); administrators define codes 1001 to 65535, each once.
 */
@Entity
@Table(name = "status_reason")
public class StatusReason implements Auditable {

    public static final String RESOURCE = "status reason";
    public static final int TEXT_MAX = 255;
    public static final Set<String> SORTABLE = Set.of("id", "code", "text", "system");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false)
    private int code;

    @Column(name = "reason_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "system_defined", nullable = false)
    private boolean system;

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected StatusReason() {
    }

    public static StatusReason create(Integer code, String text) {
        Violations v = new Violations();
        if (v.required("code", code) && (code < SystemReasons.FIRST_USER_CODE || code > SystemReasons.LAST_USER_CODE)) {
            v.add("code", "invalidInput.outOfRange", "code must be a whole number from " + SystemReasons.FIRST_USER_CODE + " to "
                    + SystemReasons.LAST_USER_CODE + (code != null && SystemReasons.isSystem(code) ? " (1 to 1000 are reserved for the system)." : "."));
        }
        checkText(v, text);
        v.throwIfAny();
        StatusReason r = new StatusReason();
        r.code = code;
        r.text = text.strip();
        return r;
    }

    /** Only the text changes; the code is what scripts test, so it stays (create another reason instead). */
    public void revise(Integer newCode, String newText) {
        if (system) {
            throw ConflictException.builtIn(RESOURCE, Integer.toString(code), "changed");
        }
        Violations v = new Violations();
        if (newCode != null && newCode != code) {
            v.add("code", "invalidInput.immutable", "code cannot change (routing scripts test it); create a new status reason instead.");
        }
        if (newText != null) {
            checkText(v, newText);
        }
        v.throwIfAny();
        if (newText != null) {
            text = newText.strip();
        }
    }

    public void checkDeletable() {
        if (system) {
            throw ConflictException.builtIn(RESOURCE, Integer.toString(code), "deleted");
        }
    }

    private static void checkText(Violations v, String text) {
        if (text == null || text.isBlank()) {
            v.add("text", "invalidInput.fieldRequired", "text is required.");
        } else {
            v.maxLength("text", text.strip(), TEXT_MAX);
        }
    }

    @Override
    public String auditType() {
        return "statusReason";
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditName() {
        return code + " " + text;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("text", text);
        return s;
    }

    public Long id() { return id; }
    public int code() { return code; }
    public String text() { return text; }
    public boolean system() { return system; }
    public long changeStamp() { return changeStamp; }
}
