/* Tokenizer for arithmetic expressions: numbers, identifiers, operators; counts kinds. */
enum kind { NUM, IDENT, OP, LPAREN, RPAREN, BAD };
static enum kind classify(char c) {
    switch (c) {
    case '+': case '-': case '*': case '/': case '%': case '^': return OP;
    case '(': return LPAREN;
    case ')': return RPAREN;
    default:
        if (c >= '0' && c <= '9') return NUM;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') return IDENT;
        return BAD;
    }
}
int tokenize(const char *s, int counts[6]) {
    int depth = 0;
    for (int i = 0; i < 6; i++) counts[i] = 0;
    while (*s) {
        if (*s == ' ') { s++; continue; }
        enum kind k = classify(*s);
        if (k == NUM || k == IDENT) { enum kind first = k; while (*s && (classify(*s) == NUM || classify(*s) == IDENT)) s++; counts[first]++; continue; }
        if (k == LPAREN) depth++;
        if (k == RPAREN && --depth < 0) return -1;
        counts[k]++;
        s++;
    }
    return depth == 0 ? counts[NUM] + counts[IDENT] : -1;
}
