package org.ccadmin.skills.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccadmin.callsettings.application.BucketIntervalService;
import org.ccadmin.callsettings.application.BucketIntervalView;
import org.ccadmin.callsettings.application.MediaRoutingDomainService;
import org.ccadmin.callsettings.application.MediaRoutingDomainView;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.skills.application.AttributeService;
import org.ccadmin.skills.application.AttributeView;
import org.ccadmin.skills.application.PrecisionQueuePreview;
import org.ccadmin.skills.application.PrecisionQueueService;
import org.ccadmin.skills.application.PrecisionQueueView;
import org.ccadmin.skills.domain.AgentOrder;
import org.ccadmin.skills.domain.AttributeType;
import org.ccadmin.skills.domain.ServiceLevelType;
import org.ccadmin.skills.domain.criteria.Comparison;
import org.ccadmin.skills.domain.criteria.Logic;
import org.ccadmin.skills.domain.criteria.StepWarning;

/**
 * The precision queue page ({@code /organization/precision-queue.xhtml?id=…}; no id creates one): General and
 * the step builder. Every change of the builder asks the service for a preview of the unsaved queue, so each
 * step shows its agent count, warnings and problems as a save would report them.
 */
@Named
@ViewScoped
public class PrecisionQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "queueForm";
    private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d+)]\\.?(.*)");
    private static final int MAX_STEPS = org.ccadmin.skills.domain.criteria.StepRules.MAX_STEPS;
    private static final int MAX_EXPRESSIONS = org.ccadmin.skills.domain.criteria.Criteria.MAX_EXPRESSIONS;
    private static final int MAX_TERMS = org.ccadmin.skills.domain.criteria.Criteria.MAX_TERMS;

    @Inject
    private PrecisionQueueService service;

    @Inject
    private PrecisionQueuePreview previews;

    @Inject
    private AttributeService attributeService;

    @Inject
    private MediaRoutingDomainService domainService;

    @Inject
    private BucketIntervalService intervalService;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    @Inject
    private FacesContext faces;

    private Long id;
    private QueueForm form;
    private boolean missing;
    /** The builder changed since the queue was loaded or saved: drill-downs show the saved steps, so they hide. */
    private boolean edited;
    private String generalProblems;
    private final HashMap<String, AttributeType> types = new HashMap<>();
    private transient List<MediaRoutingDomainView> domains;
    private transient List<BucketIntervalView> intervals;

    public void load() {
        if (id == null) {
            form = QueueForm.blank(getDomains().isEmpty() ? null : getDomains().get(0).id());
            return;
        }
        try {
            show(service.get(id));
        } catch (ResourceNotFoundException e) {
            missing = true;
        }
    }

    private void show(PrecisionQueueView view) {
        form = QueueForm.of(view);
        edited = false;
        view.steps().forEach(s -> s.expressions().forEach(e -> e.terms().forEach(t -> types.put(key(t.attribute()),
                t.value() instanceof Boolean ? AttributeType.BOOLEAN : AttributeType.PROFICIENCY))));
        warn(view.warnings());
    }

    /** The builder changed (ajax): preview the unsaved queue and show each step's count, warnings and problems. */
    public void preview() {
        edited = true;
        evaluate();
    }

    /** Agents or attributes changed elsewhere (push): the same steps, counted again. */
    public void refreshCounts() {
        evaluate();
    }

    private void evaluate() {
        if (isReadOnly() || form == null) {
            return;
        }
        PrecisionQueuePreview.Preview p = previews.preview(form.getId(), form.input());
        List<StepRow> steps = form.getSteps();
        for (int i = 0; i < steps.size(); i++) {
            PrecisionQueuePreview.StepPreview sp = i < p.steps().size() ? p.steps().get(i) : null;
            steps.get(i).previewed(sp == null ? null : sp.agentCount(), sp == null ? null : sp.criteria(), List.of());
        }
        warn(p.warnings());
        form.setAgentCount(p.agentCount());
        placeStepErrors(p.violations());
    }

    private void warn(List<StepWarning> warnings) {
        for (StepWarning w : warnings) {
            if (w.step() >= 1 && w.step() <= form.getSteps().size()) {
                form.getSteps().get(w.step() - 1).getWarnings().add(w.message());
            }
        }
    }

    /** Puts each step problem beside its field of the builder; returns the problems of the other fields. */
    private List<FieldError> placeStepErrors(List<FieldError> errors) {
        form.getSteps().forEach(StepRow::clearErrors);
        List<FieldError> others = new ArrayList<>();
        for (FieldError e : errors) {
            Matcher m = STEP_FIELD.matcher(e.field());
            int index = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (index >= 0 && index < form.getSteps().size()) {
                form.getSteps().get(index).error(m.group(2).isEmpty() ? "criteria" : m.group(2), e.message());
            } else {
                others.add(e);
            }
        }
        generalProblems = others.stream().filter(e -> e.field().equals("steps")).map(FieldError::message)
                .reduce((a, b) -> a + " " + b).orElse(null);
        return others;
    }

    public String save() {
        if (isReadOnly()) {
            return null;
        }
        boolean creating = form.isNew();
        try {
            PrecisionQueueView saved = creating ? service.create(form.input())
                    : service.update(form.getId(), ChangeStamp.of(form.getChangeStamp()), form.input());
            if (creating) {
                faces.getExternalContext().getFlash().setKeepMessages(true);
                messages.info(text.get("pq.created", saved.name()));
                return "/organization/precision-queue?faces-redirect=true&id=" + saved.id();
            }
            show(saved);
            messages.saved(text.get("pq.updated", saved.name()));
        } catch (InvalidInputException e) {
            // A save stops at the steps' problems; the preview lists those and the rest (the name…) at once.
            List<FieldError> all = new ArrayList<>(previews.preview(form.getId(), form.input()).violations());
            e.errors().stream().filter(f -> !all.contains(f)).forEach(all::add);
            List<FieldError> others = placeStepErrors(all);
            messages.fieldErrors(FORM, others.stream().filter(f -> !f.field().equals("steps")).toList(), this::inputFor);
            messages.refused();
        } catch (DomainException e) {
            messages.refusedSave(FORM, e, this::inputFor, text.get("pq.stale"), text.get("pq.gone", form.getName()));
        }
        return null;
    }

    public void reload() {
        try {
            show(service.get(form.getId()));
            messages.formInfo(FORM, text.get("pq.reloaded"));
        } catch (ResourceNotFoundException e) {
            messages.formError(FORM, text.get("pq.gone", form.getName()));
        }
    }

    public String delete() {
        try {
            service.delete(form.getId(), ChangeStamp.of(form.getChangeStamp()));
            messages.info(text.get("pq.deleted", form.getName()));
        } catch (DomainException e) {
            if (!messages.leaveAfterRefusedDelete(FORM, e, text.get("pq.stale"), text.get("pq.alreadyDeleted", form.getName()))) {
                return null;
            }
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/organization/precision-queues?faces-redirect=true";
    }

    private String inputFor(String field) {
        return switch (field) {
            case "bucketIntervalId", "useSystemDefault" -> "bucketInterval";
            case "mediaRoutingDomainId" -> "mediaRoutingDomain";
            default -> field;
        };
    }

    // The builder's actions: each changes the steps, then previews.

    public void addStep() {
        if (form.getSteps().size() < MAX_STEPS) {
            form.getSteps().add(StepRow.blank());
        }
        preview();
    }

    public void removeStep(StepRow step) {
        form.getSteps().remove(step);
        preview();
    }

    public void addExpression(StepRow step) {
        if (step.getExpressions().size() < MAX_EXPRESSIONS) {
            step.getExpressions().add(ExpressionRow.blank());
        }
        preview();
    }

    public void removeExpression(StepRow step, ExpressionRow expression) {
        step.getExpressions().remove(expression);
        preview();
    }

    public void addTerm(ExpressionRow expression) {
        if (expression.getTerms().size() < MAX_TERMS) {
            expression.getTerms().add(new TermRow());
        }
        preview();
    }

    public void removeTerm(StepRow step, ExpressionRow expression, TermRow term) {
        expression.getTerms().remove(term);
        if (expression.getTerms().isEmpty()) {
            step.getExpressions().remove(expression);
        }
        preview();
    }

    /** A term's attribute was picked: keep its operator and value only if they suit the attribute's type. */
    public void attributePicked(TermRow term) {
        AttributeType type = typeOf(term.getAttribute());
        if (type != null) {
            if (!operators(term).contains(term.getOperator())) {
                term.setOperator("==");
            }
            if (term.getValue() == null || !values(term).contains(term.getValue())) {
                term.setValue(type == AttributeType.BOOLEAN ? "true" : null);
            }
        }
        preview();
    }

    public void toggleTermLogic(ExpressionRow expression) {
        expression.setLogic(expression.getLogic() == Logic.AND ? Logic.OR : Logic.AND);
        preview();
    }

    public void toggleExpressionLogic(StepRow step) {
        step.setLogic(step.getLogic() == Logic.AND ? Logic.OR : Logic.AND);
        preview();
    }

    /**
     * Switches a step between the builder and its text. Into text, the text is the step's canonical form; back
     * into the builder, the text must parse (its problem is shown otherwise, and the step stays text).
     */
    public void toggleTextMode(StepRow step) {
        if (!step.isTextMode()) {
            step.setText(step.getCanonical() == null ? "" : step.getCanonical());
            step.setTextMode(true);
        } else {
            var lookup = (org.ccadmin.skills.domain.criteria.AttributeLookup) name -> attribute(name)
                    .map(a -> new org.ccadmin.skills.domain.criteria.AttributeRef(a.name(), AttributeType.valueOf(a.type().toUpperCase(Locale.ROOT))));
            try {
                var criteria = org.ccadmin.skills.domain.criteria.CriteriaText.parse("criteria", step.getText(), lookup);
                step.getExpressions().clear();
                step.setLogic(criteria.logic());
                criteria.expressions().forEach(e -> {
                    ExpressionRow row = new ExpressionRow();
                    row.setLogic(e.logic());
                    e.terms().forEach(t -> row.getTerms().add(TermRow.of(t.attribute(), t.comparison().symbol(),
                            typeOf(t.attribute()) == AttributeType.BOOLEAN ? (Object) (t.value() != 0) : t.value())));
                    step.getExpressions().add(row);
                });
                step.setTextMode(false);
            } catch (InvalidInputException e) {
                // stays in text mode; the preview shows the parser's message beside the text
            }
        }
        preview();
    }

    /** The operators a term may use: == and != for a boolean attribute, all six for proficiency. */
    public List<String> operators(TermRow term) {
        AttributeType type = typeOf(term.getAttribute());
        List<String> out = new ArrayList<>();
        for (Comparison c : Comparison.values()) {
            if (type == null || c.allowedFor(type)) {
                out.add(c.symbol());
            }
        }
        return out;
    }

    /** The values a term may compare with: true/false for a boolean attribute, 1–10 for proficiency. */
    public List<String> values(TermRow term) {
        if (typeOf(term.getAttribute()) == AttributeType.BOOLEAN) {
            return List.of("true", "false");
        }
        List<String> levels = new ArrayList<>();
        for (int i = org.ccadmin.skills.domain.Attribute.PROFICIENCY_MIN; i <= org.ccadmin.skills.domain.Attribute.PROFICIENCY_MAX; i++) {
            levels.add(Integer.toString(i));
        }
        return levels;
    }

    public String valueLabel(String value) {
        return switch (value) {
            case "true" -> text.get("common.true");
            case "false" -> text.get("common.false");
            default -> value;
        };
    }

    /** Attribute names for a term's picker: one page of the attribute search. */
    public List<String> completeAttribute(String typed) {
        List<AttributeView> found = attributeService.search(null, new PageRequest(0, 20, "name", true, typed)).items();
        found.forEach(a -> types.put(key(a.name()), AttributeType.valueOf(a.type().toUpperCase(Locale.ROOT))));
        return found.stream().map(AttributeView::name).toList();
    }

    private AttributeType typeOf(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return null;
        }
        return types.computeIfAbsent(key(attribute), k -> attribute(attribute)
                .map(a -> AttributeType.valueOf(a.type().toUpperCase(Locale.ROOT))).orElse(null));
    }

    private java.util.Optional<AttributeView> attribute(String name) {
        return attributeService.search(null, new PageRequest(0, 20, "name", true, name)).items().stream()
                .filter(a -> a.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public String logicLabel(Logic logic) {
        return text.get("pq.logic." + logic.name().toLowerCase(Locale.ROOT));
    }

    public String serviceLevelTypeLabel(ServiceLevelType t) {
        return text.get("pq.serviceLevelType." + t.name().toLowerCase(Locale.ROOT));
    }

    public String agentOrderLabel(AgentOrder o) {
        return text.get("pq.agentOrder." + o.name().toLowerCase(Locale.ROOT));
    }

    public List<ServiceLevelType> getServiceLevelTypes() {
        return List.of(ServiceLevelType.values());
    }

    public List<AgentOrder> getAgentOrders() {
        return List.of(AgentOrder.values());
    }

    public List<MediaRoutingDomainView> getDomains() {
        if (domains == null) {
            domains = domainService.search(null, new PageRequest(0, PageRequest.MAX_SIZE, "name", true, null)).items();
        }
        return domains;
    }

    public List<BucketIntervalView> getIntervals() {
        if (intervals == null) {
            intervals = intervalService.search(new PageRequest(0, PageRequest.MAX_SIZE, "name", true, null)).items();
        }
        return intervals;
    }

    public String getDomainName() {
        return getDomains().stream().filter(d -> form.getMediaRoutingDomainId() != null && d.id() == form.getMediaRoutingDomainId())
                .map(MediaRoutingDomainView::name).findFirst().orElse("");
    }

    public String deleteQuestion() {
        return text.get("pq.delete.question", form.getName());
    }

    public boolean isReadOnly() {
        return !faces.getExternalContext().isUserInRole(Role.ADMINISTRATOR);
    }

    public String getTitle() {
        return form.isNew() ? text.get("pq.page.new") : text.get("pq.page.edit", form.getName());
    }

    public boolean isDrillDownOffered() {
        return !form.isNew() && !edited;
    }

    public boolean isStepsFull() {
        return form.getSteps().size() >= MAX_STEPS;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public QueueForm getForm() { return form; }
    public boolean isMissing() { return missing; }
    public String getGeneralProblems() { return generalProblems; }
}
