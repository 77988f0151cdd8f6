package org.securetag.bench.helpers;

/** JSON body of the form-submission endpoints. */
public class SubmissionForm {

    private String value;
    private String comment;

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
