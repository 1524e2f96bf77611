package org.ccadmin.skills.domain.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.skills.domain.AttributeType;

/**
 * The text form of a step's criteria, e.g. {@code (Sales == true AND English >= 7) OR Spanish >= 9}: terms
 * joined by AND or OR (also {@code &&}, {@code ||}), parenthesised groups being the step's expressions. One
 * level only joins one way; mixing AND and OR needs parentheses. Without parentheses the whole text is one
 * expression. Errors name the column and the offending token so that a script author can fix the text.
 */
public final class CriteriaText {

    private CriteriaText() {
    }

    /** Parses and resolves the text against the configured attributes; refused naming {@code field}. */
    public static Criteria parse(String field, String text, AttributeLookup lookup) {
        List<Token> tokens = tokenize(field, text == null ? "" : text);
        return new Parser(field, tokens, lookup).criteria();
    }

    /** The canonical text of criteria (what {@link #parse} reads back to the same criteria). */
    public static String format(Criteria c, Function<String, AttributeType> types) {
        if (c.expressions().size() == 1) {
            return expression(c.expressions().get(0), types);
        }
        return c.expressions().stream()
                .map(e -> e.terms().size() > 1 ? "(" + expression(e, types) + ")" : expression(e, types))
                .collect(Collectors.joining(" " + c.logic() + " "));
    }

    private static String expression(Expression e, Function<String, AttributeType> types) {
        return e.terms().stream().map(t -> t.text(types.apply(t.attribute())))
                .collect(Collectors.joining(" " + e.logic() + " "));
    }

    enum Kind { WORD, OPERATOR, OPEN, CLOSE, AND, OR, END }

    record Token(Kind kind, String text, int column) {
        String shown() {
            return kind == Kind.END ? "end of text" : "'" + text + "'";
        }
    }

    private static final Map<String, Kind> SYMBOLS = Map.of("&&", Kind.AND, "||", Kind.OR);

    static List<Token> tokenize(String field, String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            int col = i + 1;
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '(') {
                out.add(new Token(Kind.OPEN, "(", col));
                i++;
            } else if (ch == ')') {
                out.add(new Token(Kind.CLOSE, ")", col));
                i++;
            } else if (text.startsWith("&&", i) || text.startsWith("||", i)) {
                String s = text.substring(i, i + 2);
                out.add(new Token(SYMBOLS.get(s), s, col));
                i += 2;
            } else if ("=!<>".indexOf(ch) >= 0) {
                int j = i + 1;
                while (j < text.length() && "=!<>".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                out.add(new Token(Kind.OPERATOR, text.substring(i, j), col));
                i = j;
            } else if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '-') {
                int j = i + 1;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || "_.-".indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
                String w = text.substring(i, j);
                String upper = w.toUpperCase(Locale.ROOT);
                out.add(new Token(upper.equals("AND") ? Kind.AND : upper.equals("OR") ? Kind.OR : Kind.WORD, w, col));
                i = j;
            } else {
                throw problem(field, new Token(Kind.WORD, String.valueOf(ch), col), "unexpected character");
            }
        }
        out.add(new Token(Kind.END, "", text.length() + 1));
        return out;
    }

    static InvalidInputException problem(String field, Token at, String what) {
        return InvalidInputException.of(field, "invalidInput.criteriaSyntax",
                "Column " + at.column() + " (" + at.shown() + "): " + what + ".");
    }

    private static final class Parser {
        private final String field;
        private final List<Token> tokens;
        private final AttributeLookup lookup;
        private final Violations violations = new Violations();
        private int pos;

        Parser(String field, List<Token> tokens, AttributeLookup lookup) {
            this.field = field;
            this.tokens = tokens;
            this.lookup = lookup;
        }

        Criteria criteria() {
            if (peek().kind() == Kind.END) {
                throw problem(field, peek(), "the criteria are empty; write at least one term such as English >= 7");
            }
            List<List<Term>> groups = new ArrayList<>();
            List<Logic> groupLogic = new ArrayList<>();
            boolean anyParenthesis = false;
            Logic join = null;
            while (true) {
                if (peek().kind() == Kind.OPEN) {
                    anyParenthesis = true;
                    next();
                    List<Term> terms = new ArrayList<>();
                    Logic inner = null;
                    terms.add(term());
                    while (peek().kind() == Kind.AND || peek().kind() == Kind.OR) {
                        inner = sameJoin(inner, next(), "inside the parentheses");
                        terms.add(term());
                    }
                    Token close = next();
                    if (close.kind() != Kind.CLOSE) {
                        throw problem(field, close, close.kind() == Kind.OPEN
                                ? "only one level of parentheses: a step is expressions of terms"
                                : "expected AND, OR or ')'");
                    }
                    groups.add(terms);
                    groupLogic.add(inner == null ? Logic.AND : inner);
                } else {
                    groups.add(new ArrayList<>(List.of(term())));
                    groupLogic.add(Logic.AND);
                }
                Token after = peek();
                if (after.kind() == Kind.END) {
                    break;
                }
                if (after.kind() != Kind.AND && after.kind() != Kind.OR) {
                    throw problem(field, after, after.kind() == Kind.CLOSE ? "')' without a matching '('"
                            : "expected AND or OR between terms");
                }
                join = sameJoin(join, next(), "between the expressions");
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations.errors());
            }
            Logic stepLogic = join == null ? Logic.OR : join;
            if (!anyParenthesis) {
                // No parentheses: the whole text is one expression joined one way.
                List<Term> all = groups.stream().flatMap(List::stream).toList();
                return new Criteria(List.of(new Expression(all, join == null ? Logic.AND : join)), Logic.OR);
            }
            List<Expression> expressions = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                expressions.add(new Expression(groups.get(i), groupLogic.get(i)));
            }
            return new Criteria(expressions, stepLogic);
        }

        private Logic sameJoin(Logic before, Token joiner, String where) {
            Logic now = joiner.kind() == Kind.AND ? Logic.AND : Logic.OR;
            if (before != null && before != now) {
                throw problem(field, joiner, "AND and OR are mixed " + where
                        + "; put parentheses around the terms that belong together");
            }
            return now;
        }

        private Term term() {
            Token name = next();
            if (name.kind() != Kind.WORD) {
                throw problem(field, name, "expected an attribute name");
            }
            Token op = next();
            if (op.kind() != Kind.OPERATOR) {
                throw problem(field, op, "expected an operator (==, !=, <, <=, >, >=) after " + name.text());
            }
            if (Comparison.of(op.text()).isEmpty()) {
                throw problem(field, op, "not an operator; use ==, !=, <, <=, > or >=");
            }
            Token value = next();
            if (value.kind() != Kind.WORD) {
                throw problem(field, value, "expected a value (true, false or 1–10) after " + op.text());
            }
            Violations local = new Violations();
            var term = CriteriaCheck.term(field, name.text(), op.text(), value.text(), lookup, local);
            for (var e : local.errors()) {
                violations.add(field, e.code(), "Column " + name.column() + " ('" + name.text() + " " + op.text()
                        + " " + value.text() + "'): " + e.message());
            }
            // A placeholder keeps parsing going so that every bad term is reported at once.
            return term.orElse(new Term(name.text(), Comparison.EQ, 0));
        }

        private Token peek() {
            return tokens.get(pos);
        }

        private Token next() {
            Token t = tokens.get(pos);
            if (t.kind() != Kind.END) {
                pos++;
            }
            return t;
        }
    }
}
