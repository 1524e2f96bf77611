package org.ccadmin.businesshours.web;

import java.io.Serializable;
import org.ccadmin.businesshours.application.StatusReasonView;

/** The fields of the status reason dialog: the code (entered on create only) and the text. */
public class StatusReasonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long changeStamp;
    private boolean system;
    private Integer code;
    private String text;

    public static StatusReasonForm blank() {
        return new StatusReasonForm();
    }

    public static StatusReasonForm of(StatusReasonView v) {
        StatusReasonForm f = new StatusReasonForm();
        f.id = v.id();
        f.changeStamp = v.changeStamp();
        f.system = "System-defined".equals(v.category());
        f.code = v.code();
        f.text = v.text();
        return f;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public long getChangeStamp() { return changeStamp; }
    public boolean isSystem() { return system; }
    public Integer getCode() { return code; }
    public void setCode(Integer code) { this.code = code; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
