package org.ccadmin.skills.domain.criteria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.ccadmin.shared.domain.InvalidInputException;

/**
 * A step's Consider If formula, parsed and checked against a defined vocabulary when saved instead of being
 * free text that breaks silently (the modelled system's complaint). The grammar: comparisons of numeric terms
 * ({@code + - * /}, numbers, statistics, parentheses) with {@code == != < <= > >=} ({@code =} and {@code <>}
 * accepted too), joined with {@code AND OR NOT} ({@code && || !}). Statistics, case-sensitive as object names
 * are: {@code PQ.<queue>.<stat>}, {@code PQStep.<queue>.<step>.<stat>}, {@code CallType.<name>.<stat>} and
 * {@code Call.PeripheralVariable1}..{@code 10}. Queue references must name an existing queue (and step);
 * call types are not modelled by ccadmin, so only their name's form is checked.
 */
public record ConsiderIf(String text, Set<String> referencedQueues) {

    public static final int MAX_LENGTH = 1024;

    public static final Set<String> QUEUE_STATISTICS = Set.of("LoggedOn", "Avail", "Ready", "NotReady",
            "TalkingIn", "TalkingOut", "CallsQNow", "LongestCallQ", "RouterCallsQNow", "RouterLongestCallQ");
    public static final Set<String> STEP_STATISTICS = Set.of("RouterAgentsLoggedIn", "RouterAgentsAvail",
            "RouterAgentsReady", "RouterCallsQNow", "RouterLongestCallQ");
    public static final Set<String> CALL_TYPE_STATISTICS = Set.of("CallsRoutedToday", "CallsOfferedToday",
            "CallsQNow", "ServiceLevelToday", "AbandonedToday");

    public ConsiderIf {
        referencedQueues = Set.copyOf(referencedQueues);
    }

    /** Parses and checks {@code text}; refused naming {@code field}, the column and the token. */
    public static ConsiderIf parse(String field, String text, QueueLookup queues) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw InvalidInputException.of(field, "invalidInput.fieldRequired", "The Consider If formula is empty.");
        }
        if (t.length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "invalidInput.tooLong",
                    "A Consider If formula has at most " + MAX_LENGTH + " characters.");
        }
        Parser p = new Parser(field, Lexer.tokens(field, t), queues);
        Type type = p.or();
        if (p.peek().kind != Kind.END) {
            throw p.problem(p.peek(), "expected an operator or the end of the formula");
        }
        if (type != Type.BOOLEAN) {
            throw InvalidInputException.of(field, "invalidInput.considerIf",
                    "A Consider If formula must be a condition (a comparison such as PQ.Sales.LoggedOn > 1), not a number.");
        }
        return new ConsiderIf(t, p.queues);
    }

    enum Type { NUMBER, TEXT, BOOLEAN }

    enum Kind { NAME, NUMBER, STRING, COMPARE, ADD, MUL, AND, OR, NOT, OPEN, CLOSE, END }

    record Token(Kind kind, String text, int column) {
        String shown() {
            return kind == Kind.END ? "end of formula" : "'" + text + "'";
        }
    }

    private static final class Lexer {
        private static final Map<String, Kind> WORDS = Map.of("AND", Kind.AND, "OR", Kind.OR, "NOT", Kind.NOT);

        static List<Token> tokens(String field, String s) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                int col = i + 1;
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                switch (two) {
                    case "==", "!=", "<=", ">=", "<>" -> {
                        out.add(new Token(Kind.COMPARE, two, col));
                        i += 2;
                        continue;
                    }
                    case "&&" -> {
                        out.add(new Token(Kind.AND, two, col));
                        i += 2;
                        continue;
                    }
                    case "||" -> {
                        out.add(new Token(Kind.OR, two, col));
                        i += 2;
                        continue;
                    }
                    default -> { }
                }
                if (c == '<' || c == '>' || c == '=') {
                    out.add(new Token(Kind.COMPARE, String.valueOf(c), col));
                    i++;
                } else if (c == '!') {
                    out.add(new Token(Kind.NOT, "!", col));
                    i++;
                } else if (c == '+' || c == '-') {
                    out.add(new Token(Kind.ADD, String.valueOf(c), col));
                    i++;
                } else if (c == '*' || c == '/') {
                    out.add(new Token(Kind.MUL, String.valueOf(c), col));
                    i++;
                } else if (c == '(' || c == ')') {
                    out.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), col));
                    i++;
                } else if (c == '"') {
                    int end = s.indexOf('"', i + 1);
                    if (end < 0) {
                        throw problem(field, new Token(Kind.STRING, s.substring(i), col), "the text is not closed with \"");
                    }
                    out.add(new Token(Kind.STRING, s.substring(i, end + 1), col));
                    i = end + 1;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                        j++;
                    }
                    String number = s.substring(i, j);
                    if (!number.matches("\\d+(\\.\\d+)?")) {
                        throw problem(field, new Token(Kind.NUMBER, number, col), "not a number");
                    }
                    out.add(new Token(Kind.NUMBER, number, col));
                    i = j;
                } else if (Character.isLetter(c)) {
                    int j = i;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '.')) {
                        j++;
                    }
                    String word = s.substring(i, j);
                    out.add(new Token(WORDS.getOrDefault(word.toUpperCase(java.util.Locale.ROOT), Kind.NAME), word, col));
                    i = j;
                } else {
                    throw problem(field, new Token(Kind.NAME, String.valueOf(c), col), "unexpected character");
                }
            }
            out.add(new Token(Kind.END, "", s.length() + 1));
            return out;
        }
    }

    static InvalidInputException problem(String field, Token at, String what) {
        return InvalidInputException.of(field, "invalidInput.considerIf",
                "Column " + at.column() + " (" + at.shown() + "): " + what + ".");
    }

    private static final class Parser {
        private final String field;
        private final List<Token> tokens;
        private final QueueLookup lookup;
        private final Set<String> queues = new LinkedHashSet<>();
        private int pos;

        Parser(String field, List<Token> tokens, QueueLookup lookup) {
            this.field = field;
            this.tokens = tokens;
            this.lookup = lookup;
        }

        InvalidInputException problem(Token at, String what) {
            return ConsiderIf.problem(field, at, what);
        }

        Token peek() {
            return tokens.get(pos);
        }

        Token next() {
            Token t = tokens.get(pos);
            if (t.kind != Kind.END) {
                pos++;
            }
            return t;
        }

        Type or() {
            Type left = and();
            while (peek().kind == Kind.OR) {
                Token op = next();
                requireBoolean(left, op, and());
                left = Type.BOOLEAN;
            }
            return left;
        }

        Type and() {
            Type left = not();
            while (peek().kind == Kind.AND) {
                Token op = next();
                requireBoolean(left, op, not());
                left = Type.BOOLEAN;
            }
            return left;
        }

        Type not() {
            if (peek().kind == Kind.NOT) {
                Token op = next();
                Type operand = not();
                if (operand != Type.BOOLEAN) {
                    throw problem(op, "NOT applies to a condition, not to a number");
                }
                return Type.BOOLEAN;
            }
            return comparison();
        }

        Type comparison() {
            Type left = sum();
            if (peek().kind == Kind.COMPARE) {
                Token op = next();
                Type right = sum();
                if (left == Type.BOOLEAN || right == Type.BOOLEAN) {
                    throw problem(op, "compare numbers or statistics, not conditions; join conditions with AND or OR");
                }
                if ((left == Type.TEXT || right == Type.TEXT) && !List.of("==", "=", "!=", "<>").contains(op.text)) {
                    throw problem(op, "text can only be compared with == or !=");
                }
                if (peek().kind == Kind.COMPARE) {
                    throw problem(peek(), "comparisons cannot be chained; join them with AND");
                }
                return Type.BOOLEAN;
            }
            return left;
        }

        Type sum() {
            Type left = product();
            while (peek().kind == Kind.ADD) {
                Token op = next();
                requireNumber(left, op, product());
                left = Type.NUMBER;
            }
            return left;
        }

        Type product() {
            Type left = unary();
            while (peek().kind == Kind.MUL) {
                Token op = next();
                requireNumber(left, op, unary());
                left = Type.NUMBER;
            }
            return left;
        }

        Type unary() {
            if (peek().kind == Kind.ADD && peek().text.equals("-")) {
                Token op = next();
                requireNumber(Type.NUMBER, op, unary());
                return Type.NUMBER;
            }
            return primary();
        }

        Type primary() {
            Token t = next();
            return switch (t.kind) {
                case NUMBER -> Type.NUMBER;
                case STRING -> Type.TEXT;
                case NAME -> reference(t);
                case OPEN -> {
                    Type inner = or();
                    Token close = next();
                    if (close.kind != Kind.CLOSE) {
                        throw problem(close, "expected ')'");
                    }
                    yield inner;
                }
                default -> throw problem(t, "expected a number, a statistic such as PQ.Sales.LoggedOn, or '('");
            };
        }

        private void requireBoolean(Type left, Token op, Type right) {
            if (left != Type.BOOLEAN || right != Type.BOOLEAN) {
                throw problem(op, op.text + " joins conditions (comparisons), not numbers");
            }
        }

        private void requireNumber(Type left, Token op, Type right) {
            if (left != Type.NUMBER || right != Type.NUMBER) {
                throw problem(op, "arithmetic needs numbers on both sides");
            }
        }

        private Type reference(Token t) {
            String[] parts = t.text.split("\\.", -1);
            switch (parts[0]) {
                case "PQ" -> {
                    if (parts.length != 3) {
                        throw problem(t, "write PQ.<queue>.<statistic>, e.g. PQ.Sales.LoggedOn");
                    }
                    queue(t, parts[1]);
                    statistic(t, parts[2], QUEUE_STATISTICS);
                }
                case "PQStep" -> {
                    if (parts.length != 4) {
                        throw problem(t, "write PQStep.<queue>.<step>.<statistic>, e.g. PQStep.Sales.1.RouterAgentsLoggedIn");
                    }
                    int steps = queue(t, parts[1]);
                    if (!parts[2].matches("\\d{1,2}") || Integer.parseInt(parts[2]) < 1 || Integer.parseInt(parts[2]) > steps) {
                        throw problem(t, "queue " + parts[1] + " has steps 1 to " + steps + ", not '" + parts[2] + "'");
                    }
                    statistic(t, parts[3], STEP_STATISTICS);
                }
                case "CallType" -> {
                    if (parts.length != 3 || !parts[1].matches("[A-Za-z0-9][A-Za-z0-9._]{0,31}")) {
                        throw problem(t, "write CallType.<call type>.<statistic>, e.g. CallType.Billing.CallsRoutedToday");
                    }
                    statistic(t, parts[2], CALL_TYPE_STATISTICS);
                }
                case "Call" -> {
                    if (parts.length != 2 || !parts[1].matches("PeripheralVariable([1-9]|10)")) {
                        throw problem(t, "the call variables are Call.PeripheralVariable1 to Call.PeripheralVariable10");
                    }
                    return Type.TEXT;
                }
                default -> throw problem(t, "unknown object; use PQ, PQStep, CallType or Call (names are case-sensitive)");
            }
            return Type.NUMBER;
        }

        private int queue(Token t, String name) {
            OptionalInt steps = lookup.steps(name);
            if (steps.isEmpty()) {
                throw problem(t, "no precision queue named '" + name + "' exists (names are case-sensitive)");
            }
            queues.add(name);
            return steps.getAsInt();
        }

        private void statistic(Token t, String name, Set<String> allowed) {
            if (!allowed.contains(name)) {
                throw problem(t, "unknown statistic '" + name + "'; one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }
}
