package io.chainline.console.base.service;

/**
 * A refusal about one input field. Scripts read the API's name for it ({@code deploymentId}) in the message; a form
 * shows {@link #need()}, which names no field, next to the field it maps {@link #field()} to, so its user reads the
 * label they see ("Deployment") and never an internal name.
 */
public class FieldRefusal extends ChainlineException {

    private final String field;
    private final String need;

    /**
     * @param field the field as the API names it ({@code deploymentId}, {@code job.operation})
     * @param need what to do, in words without field names ("Choose the deployment to act on.")
     */
    public FieldRefusal(String code, Category category, String field, String need) {
        super(code, category, need.replaceAll("\\.$", "") + " (" + field + ").");
        this.field = field;
        this.need = need;
    }

    public String field() {
        return field;
    }

    public String need() {
        return need;
    }
}
